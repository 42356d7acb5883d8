import { createBackup } from '../backup/store';
import { CHANGE_LIST_LIMIT, type packagesContract } from '../contract/packages';
import { downloadName, targetPath } from '../export/output';
import { checkReadPath, PACKAGE_EXTENSION } from '../files/pathPolicy';
import { importPackage, inspectPackage, installedPackages } from '../packages/importer';
import { requireSigningKey } from '../packages/keys';
import { writePackage } from '../packages/writer';
import { DEFAULT_PARSE_LIMITS, UntrustedParser } from '../untrusted/parser';
import type { AreaFactory } from './handlers';

/** The largest package read (the reader caps what it inflates; this caps what is opened at all). */
const MAX_PACKAGE_BYTES = 512 * 1024 * 1024;

/** A package read then imported (or a run of inspections) starts the parse worker once. */
const PARSER_IDLE_MS = 5_000;

export const packagesHandlers: AreaFactory<typeof packagesContract> = ({
  db,
  write,
  libraryPath,
  platform,
  files,
}) => {
  const parser = new UntrustedParser(platform.parseLimits?.package ?? DEFAULT_PARSE_LIMITS.package, {
    kind: 'package',
    idleMs: PARSER_IDLE_MS,
  });
  return {
    'packages.export': ({ path, overwrite, ...input }) => {
      const key = requireSigningKey(platform.userDataDir);
      const target = targetPath(files, path, '案例包', PACKAGE_EXTENSION, overwrite);
      const written = writePackage(db, key, { ...input, path: target });
      return { ...written, download: downloadName(platform.userDataDir, target) };
    },
    'packages.inspect': async ({ path }, { job }) => {
      const file = checkReadPath(files, path, '案例包', MAX_PACKAGE_BYTES, 'BAD_PACKAGE');
      const found = await inspectPackage(db, file, { parser, signal: job.signal });
      const { manifest } = found.contents;
      const { plan } = found;
      return {
        libraryId: manifest.libraryId,
        libraryName: manifest.libraryName,
        version: manifest.version,
        createdAt: manifest.createdAt,
        changelog: manifest.changelog,
        scope: manifest.scope,
        signer: {
          name: manifest.signer.name,
          fingerprint: found.fingerprint,
          publicKey: manifest.signer.publicKey,
        },
        trusted: found.trusted,
        pinned: found.pin.pin
          ? {
              fingerprint: found.pin.pin.fingerprint,
              signerName: found.pin.pin.signerName,
              mismatch: found.pin.mismatch,
            }
          : null,
        installedVersion: found.installed?.version ?? null,
        older: found.older,
        counts: {
          added: plan.added.length,
          updated: plan.updated.length,
          withdrawn: plan.withdrawn.length,
          unchanged: plan.unchanged,
          localEdits: plan.updated.filter((u) => u.localEdits).length,
        },
        changes: {
          added: plan.added.slice(0, CHANGE_LIST_LIMIT),
          updated: plan.updated.slice(0, CHANGE_LIST_LIMIT),
          withdrawn: plan.withdrawn.slice(0, CHANGE_LIST_LIMIT),
        },
      };
    },
    'packages.import': ({ path, trustSigner, moveSignerPin }, { job }) =>
      importPackage(
        write,
        checkReadPath(files, path, '案例包', MAX_PACKAGE_BYTES, 'BAD_PACKAGE'),
        trustSigner === true,
        async () => {
          job.progress(0, 0, '正在备份案例库');
          await createBackup(db, libraryPath, 'before-package');
        },
        (done, total) => job.progress(done, total, '正在合并案例'),
        { parser, signal: job.signal, movePin: moveSignerPin === true },
      ),
    'packages.installed': () => installedPackages(db),
  };
};
