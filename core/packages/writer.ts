import { zipSync, strToU8 } from 'fflate';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { WritableDB } from '../../db/connection';
import { AppError } from '../../db/errors';
import type { CaseRecord } from '../../shared/case';
import { requireCase } from '../../db/repos/cases';
import { bumpRevision, libraryId, readMeta } from '../../db/repos/meta';
import { publishableCaseIds, trashedCases } from '../../db/repos/packages';
import { readSetting, writeSetting } from '../../db/repos/settings';
import { listEnforcementSteps, listLossReasons } from '../../db/repos/taxonomy';
import { sha256Hex, signBytes } from './crypto';
import {
  PACKAGE_FORMAT,
  PACKAGE_FORMAT_VERSION,
  PackageCase,
  type PackageManifest,
  type WithdrawnCase,
} from './format';
import type { SigningKey } from './keys';
import { collectSynonyms } from './synonyms';

const LAST_EXPORTED = 'packages.lastExportedVersion';

export interface ExportRequest {
  path: string;
  caseIds?: string[];
  version?: number;
  changelog?: string;
}

export interface ExportResult {
  path: string;
  version: number;
  cases: number;
  withdrawn: number;
  fingerprint: string;
  bytes: number;
}

/** The published fields of a case, in the package's shape (no revision counter, no trash date). */
export function toPackageCase(record: CaseRecord): PackageCase {
  const { revision: _revision, deletedAt: _deletedAt, ...rest } = record;
  return PackageCase.parse(rest);
}

export const lastExportedVersion = (db: WritableDB): number => Number(readSetting(db, LAST_EXPORTED) ?? '0');

/**
 * Writes a signed package. Without caseIds it publishes every reviewed case in the library and
 * lists every case in the trash as withdrawn; with caseIds it publishes exactly those.
 */
export function writePackage(db: WritableDB, key: SigningKey, request: ExportRequest): ExportResult {
  const selection = request.caseIds !== undefined;
  const ids = selection ? [...new Set(request.caseIds)] : publishableCaseIds(db);
  const cases = ids.map((id) => {
    const record = requireCase(db, id);
    if (record.deletedAt) throw new AppError('BAD_INPUT', `案例“${record.title}”在回收站中，不能发布`);
    return toPackageCase(record);
  });
  if (!cases.length) throw new AppError('BAD_INPUT', '没有可发布的案例：案例包至少要有一个已审核的案例。');
  const withdrawn: WithdrawnCase[] = selection ? [] : trashedCases(db);
  const version = request.version ?? lastExportedVersion(db) + 1;

  const payload = {
    'cases.json': strToU8(JSON.stringify(cases)),
    'withdrawn.json': strToU8(JSON.stringify(withdrawn)),
    'taxonomy.json': strToU8(
      JSON.stringify({ lossReasons: listLossReasons(db), enforcementSteps: listEnforcementSteps(db) }),
    ),
    'synonyms.json': strToU8(JSON.stringify(collectSynonyms(db))),
  };
  const digest = (bytes: Uint8Array) => ({ sha256: sha256Hex(bytes), size: bytes.length });
  const manifest: PackageManifest = {
    format: PACKAGE_FORMAT,
    formatVersion: PACKAGE_FORMAT_VERSION,
    libraryId: libraryId(db),
    libraryName: readMeta(db, 'library_name') ?? '',
    version,
    createdAt: new Date().toISOString(),
    changelog: request.changelog ?? '',
    scope: selection ? 'selection' : 'full',
    signer: { publicKey: key.publicKey, name: key.name },
    counts: { cases: cases.length, withdrawn: withdrawn.length },
    entries: {
      'cases.json': digest(payload['cases.json']),
      'withdrawn.json': digest(payload['withdrawn.json']),
      'taxonomy.json': digest(payload['taxonomy.json']),
      'synonyms.json': digest(payload['synonyms.json']),
    },
  };
  const manifestBytes = strToU8(JSON.stringify(manifest, null, 2));
  const zip = zipSync(
    {
      'manifest.json': manifestBytes,
      'manifest.sig': strToU8(signBytes(key.key, manifestBytes)),
      ...payload,
    },
    { level: 6 },
  );

  mkdirSync(dirname(request.path), { recursive: true });
  const temp = `${request.path}.part`;
  try {
    writeFileSync(temp, zip);
    renameSync(temp, request.path);
  } catch (e) {
    rmSync(temp, { force: true });
    throw new AppError('WRITE_FAILED', `无法写入案例包 ${request.path}：${(e as Error).message}`);
  }
  if (version > lastExportedVersion(db)) {
    db.transaction(() => {
      writeSetting(db, LAST_EXPORTED, String(version));
      bumpRevision(db);
    })();
  }
  return {
    path: request.path,
    version,
    cases: cases.length,
    withdrawn: withdrawn.length,
    fingerprint: key.fingerprint,
    bytes: zip.length,
  };
}
