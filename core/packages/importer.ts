import { z } from 'zod';
import type { ReadableDB } from '../../db/connection';
import type { WriteContext } from '../../db/repos/searchIndex';
import { AppError } from '../../db/errors';
import { bumpRevision } from '../../db/repos/meta';
import { installedPackageRecords } from '../../db/repos/packages';
import { readSetting, writeSetting } from '../../db/repos/settings';
import { fingerprintOf } from './crypto';
import type { PackageContents } from './format';
import { isTrusted, trustKey } from './keys';
import { applyChanges, checkTaxonomy, planChanges, type ChangePlan } from './merge';
import { checkPin, pinRefusal, recordPin, type PinCheck } from './pins';
import { DEFAULT_PARSE_LIMITS, parseOnce, type UntrustedParser } from '../untrusted/parser';

const Installed = z.object({
  version: z.number(),
  fingerprint: z.string(),
  installedAt: z.string(),
  changelog: z.string(),
});
type Installed = z.infer<typeof Installed>;

const installedKey = (sourceLibraryId: string) => `packages.installed.${sourceLibraryId}`;

/** The last package version imported from a given source library, if any. */
export function installedVersion(db: ReadableDB, sourceLibraryId: string): Installed | undefined {
  const raw = readSetting(db, installedKey(sourceLibraryId));
  if (!raw) return undefined;
  const parsed = Installed.safeParse(parseJson(raw));
  return parsed.success ? parsed.data : undefined;
}

const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
};

/** Every package installed into this library, one record per source library (unreadable records skipped). */
export function installedPackages(db: ReadableDB): ({ libraryId: string } & Installed)[] {
  return installedPackageRecords(db).flatMap(({ libraryId, json }) => {
    const parsed = Installed.safeParse(parseJson(json));
    return parsed.success ? [{ libraryId, ...parsed.data }] : [];
  });
}

export interface Inspection {
  contents: PackageContents;
  fingerprint: string;
  trusted: boolean;
  installed: Installed | undefined;
  older: boolean;
  /** The signer pinned for the package's library, and whether this package's signer differs. */
  pin: PinCheck;
  plan: ChangePlan;
}

/** How a package is read: the parse worker to use (default: a fresh one) and the job's cancel signal. */
export interface ReadOptions {
  parser?: UntrustedParser;
  signal?: AbortSignal;
}

/**
 * Reads, verifies and compares a package with the library; writes nothing. The archive is read
 * and checked in the parse worker (memory limit, deadline, cancellable), never on this thread.
 */
export async function inspectPackage(
  db: ReadableDB,
  file: string,
  options: ReadOptions = {},
): Promise<Inspection> {
  const task = { kind: 'package' as const, path: file };
  const contents = options.parser
    ? await options.parser.run(task, file, options.signal)
    : await parseOnce(task, file, DEFAULT_PARSE_LIMITS.package, options.signal);
  checkTaxonomy(db, contents, file);
  const installed = installedVersion(db, contents.manifest.libraryId);
  const fingerprint = fingerprintOf(contents.manifest.signer.publicKey);
  return {
    contents,
    fingerprint,
    pin: checkPin(db, contents, fingerprint),
    trusted: isTrusted(db, contents.manifest.signer.publicKey),
    installed,
    older: installed !== undefined && contents.manifest.version < installed.version,
    plan: planChanges(db, contents),
  };
}

/** Why a checked package may not be imported, as the error the contract promises. */
export function refusal(
  inspection: Inspection,
  file: string,
  trustSigner: boolean,
  movePin = false,
): AppError | undefined {
  const { manifest } = inspection.contents;
  // Before trust: trusting a key never lets it sign for a library pinned to another key.
  if (inspection.pin.mismatch && !movePin) {
    return pinRefusal(inspection.pin, inspection.contents, inspection.fingerprint, file);
  }
  if (!inspection.trusted && !trustSigner) {
    return new AppError(
      'UNTRUSTED_SIGNER',
      `案例包 ${file} 的签名者“${manifest.signer.name}”（指纹 ${inspection.fingerprint}）不在受信任列表中。请与发布单位核对指纹后，选择“信任此签名者”再导入。未导入任何内容。`,
      { fingerprint: inspection.fingerprint },
    );
  }
  if (inspection.older) {
    return new AppError(
      'OLDER_VERSION',
      `案例包 ${file} 是第 ${manifest.version} 版，比已安装的第 ${inspection.installed!.version} 版旧，已拒绝导入。`,
    );
  }
  return undefined;
}

export interface ImportCounts {
  added: number;
  updated: number;
  withdrawn: number;
}

/**
 * Imports a package: verify, refuse if untrusted (unless trustSigner) or older, let the caller
 * take a backup, then merge everything in ONE transaction with the installed version and trust.
 */
export async function importPackage(
  write: WriteContext,
  file: string,
  trustSigner: boolean,
  beforeWrite: () => Promise<void>,
  progress?: (done: number, total: number) => void,
  options: ReadOptions & { movePin?: boolean } = {},
): Promise<ImportCounts> {
  const { db } = write;
  const inspection = await inspectPackage(db, file, options);
  const refused = refusal(inspection, file, trustSigner, options.movePin === true);
  if (refused) throw refused;
  await beforeWrite();
  const { manifest } = inspection.contents;
  return db.transaction(() => {
    // Re-plan inside the transaction: the library may have changed while the backup ran.
    const plan = planChanges(db, inspection.contents);
    if (!inspection.trusted) trustKey(db, manifest.signer.publicKey, manifest.signer.name);
    recordPin(db, inspection.contents, inspection.fingerprint);
    applyChanges(write, inspection.contents, plan, progress);
    writeSetting(
      db,
      installedKey(manifest.libraryId),
      JSON.stringify({
        version: Math.max(manifest.version, inspection.installed?.version ?? 0),
        fingerprint: inspection.fingerprint,
        installedAt: new Date().toISOString(),
        changelog: manifest.changelog,
      } satisfies Installed),
    );
    bumpRevision(db);
    return { added: plan.added.length, updated: plan.updated.length, withdrawn: plan.withdrawn.length };
  })();
}
