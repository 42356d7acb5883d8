import { AppError } from '../../db/errors';
import type { keysContract } from '../contract/keys';
import { publicKeyFromRaw } from '../packages/crypto';
import {
  createSigningKey,
  exportSigningKey,
  importSigningKey,
  listTrustedKeys,
  loadSigningKey,
  trustKey,
  untrustKey,
  type SigningKey,
} from '../packages/keys';
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

export const keysHandlers: AreaFactory<typeof keysContract> = ({ db, platform }) => ({
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
