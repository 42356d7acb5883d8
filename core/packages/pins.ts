import type { ReadableDB, WritableDB } from '../../db/connection';
import { AppError } from '../../db/errors';
import { readPin, writePin, type PackagePin } from '../../db/repos/packagePins';
import type { PackageContents } from './format';

/**
 * Trust is per library: a trusted key may install packages only for the source libraries it was
 * the first to sign for (its pin) or for libraries not yet installed. The signer's name is never
 * compared: anyone can write any name, only the fingerprint identifies the key.
 */
export interface PinCheck {
  pin: PackagePin | undefined;
  /** The package's signer is not the one pinned for its library. */
  mismatch: boolean;
}

export function checkPin(db: ReadableDB, contents: PackageContents, fingerprint: string): PinCheck {
  const pin = readPin(db, contents.manifest.libraryId);
  return { pin, mismatch: pin !== undefined && pin.fingerprint !== fingerprint };
}

export function pinRefusal(
  check: PinCheck,
  contents: PackageContents,
  fingerprint: string,
  file: string,
): AppError {
  const { manifest } = contents;
  return new AppError(
    'SIGNER_MISMATCH',
    `案例包 ${file} 声称来自案例库“${manifest.libraryName}”，但它的签名者（指纹 ${fingerprint}）` +
      `不是该案例库首次安装时记录的签名者（指纹 ${check.pin!.fingerprint}）。签名者名称相同也不能代替指纹。` +
      '已拒绝导入，案例库未作任何改动。如发布单位确实更换了密钥，请核对新指纹后选择“更换签名者”再导入（会先备份案例库）。',
    { fingerprint, pinned: check.pin!.fingerprint },
  );
}

/** Pins the signer on first install, or moves the pin when the user consented; inside the import's transaction. */
export function recordPin(db: WritableDB, contents: PackageContents, fingerprint: string): void {
  const pin = readPin(db, contents.manifest.libraryId);
  if (pin?.fingerprint === fingerprint) return;
  writePin(db, {
    libraryId: contents.manifest.libraryId,
    fingerprint,
    signerName: contents.manifest.signer.name,
    pinnedAt: new Date().toISOString(),
  });
}
