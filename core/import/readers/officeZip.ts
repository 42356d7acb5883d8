import { AppError } from '../../../db/errors';
import { inflateZip, rezipStored } from '../../untrusted/unzip';
import { OFFICE_ZIP_LIMITS } from '../limits';

/**
 * The bytes of an Office file (.docx, .xlsx) checked with the capped inflater and packed again
 * without compression, so mammoth and exceljs (which inflate whole entries themselves) only ever
 * see entries whose real size is known and small.
 */
export function vetOfficeZip(name: string, data: Uint8Array, what: string): Buffer {
  const entries = inflateZip(data, {
    limits: OFFICE_ZIP_LIMITS,
    fail: (message) => new AppError('BAD_FILE', `文件“${name}”无法作为${what}读取：${message}，已拒绝。`),
  });
  return Buffer.from(rezipStored(entries));
}
