import { z } from 'zod';
import { AppError } from '../../db/errors';
import { readSetting } from '../../db/repos/settings';
import { createBackup } from '../backup/store';
import { CHANGE_LIST_LIMIT, type packagesContract } from '../contract/packages';
import { publicKeyFromRaw } from '../packages/crypto';
import { importPackage, inspectPackage } from '../packages/importer';
import {
  createSigningKey,
  exportSigningKey,
  importSigningKey,
  listTrustedKeys,
  loadSigningKey,
  requireSigningKey,
  trustKey,
  untrustKey,
  type SigningKey,
} from '../packages/keys';
import { writePackage } from '../packages/writer';
import type { AreaFactory } from './handlers';

const keyInfo = (key: SigningKey | undefined) =>
  key
    ? {
        exists: true,
        name: key.name,
        fingerprint: key.fingerprint,
        publicKey: key.publicKey,
        createdAt: key.createdAt,
      }
    : { exists: false };

export const packagesHandlers: AreaFactory<typeof packagesContract> = ({
  db,
  write,
  libraryPath,
  platform,
}) => ({
  'packages.export': (input) => writePackage(db, requireSigningKey(platform.userDataDir), input),
  'packages.inspect': ({ path }) => {
    const found = inspectPackage(db, path);
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
  'packages.import': ({ path, trustSigner }, { job }) =>
    importPackage(
      write,
      path,
      trustSigner === true,
      async () => {
        job.progress(0, 0, '正在备份案例库');
        await createBackup(db, libraryPath, 'before-package');
      },
      (done, total) => job.progress(done, total, '正在合并案例'),
    ),
  'packages.installed': () =>
    (
      db
        .prepare("SELECT key, value FROM settings WHERE key LIKE 'packages.installed.%' ORDER BY key")
        .all() as {
        key: string;
        value: string;
      }[]
    ).flatMap(({ key }) => {
      const parsed = z
        .object({
          version: z.number(),
          fingerprint: z.string(),
          installedAt: z.string(),
          changelog: z.string(),
        })
        .safeParse(JSON.parse(readSetting(db, key) ?? 'null'));
      return parsed.success ? [{ libraryId: key.slice('packages.installed.'.length), ...parsed.data }] : [];
    }),
  'keys.info': () => keyInfo(loadSigningKey(platform.userDataDir)),
  'keys.create': ({ name }) => keyInfo(createSigningKey(platform.userDataDir, name)),
  'keys.export': ({ path }) => {
    exportSigningKey(platform.userDataDir, path);
    return { path };
  },
  'keys.importSigning': ({ path }) => keyInfo(importSigningKey(platform.userDataDir, path)),
  'keys.list': () => listTrustedKeys(db),
  'keys.trust': ({ publicKey, name }) => {
    try {
      publicKeyFromRaw(publicKey);
    } catch {
      throw new AppError('BAD_INPUT', `公钥无效：${publicKey}`);
    }
    return db.transaction(() => trustKey(db, publicKey, name))();
  },
  'keys.untrust': ({ fingerprint }) => ({
    removed: db.transaction(() => untrustKey(db, fingerprint.trim().toUpperCase()))(),
  }),
});
