import { AppError } from '../../db/errors';
import type { keysContract } from '../contract/keys';
import { publicKeyFromRaw } from '../packages/crypto';
import {
  createSigningKey,
  exportSigningKey,
  importSigningKey,
  MAX_KEY_FILE_BYTES,
  signingKeyFileText,
  listTrustedKeys,
  loadSigningKey,
  trustKey,
  untrustKey,
  type SigningKey,
} from '../packages/keys';
import { checkReadPath, checkWritePath, KEY_EXTENSION } from '../files/pathPolicy';
import { readRegularFile } from '../untrusted/readFile';
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

export const keysHandlers: AreaFactory<typeof keysContract> = ({ db, platform, files }) => ({
  'keys.info': () => keyInfo(loadSigningKey(platform.userDataDir)),
  'keys.create': ({ name }) => keyInfo(createSigningKey(platform.userDataDir, name)),
  // The browser mode never writes the private key where the host serves files: it travels in
  // this answer only, and the browser saves it as a download.
  'keys.export': ({ path, overwrite }) => {
    if (files.access === 'browser' || path === undefined) {
      if (path !== undefined) checkWritePath(files, path, { extension: KEY_EXTENSION, what: '密钥文件' });
      const key = loadSigningKey(platform.userDataDir);
      const text = signingKeyFileText(platform.userDataDir);
      return { path: null, keyFile: { name: `${key?.name ?? '签名密钥'}.${KEY_EXTENSION}`, text } };
    }
    const target = checkWritePath(files, path, { extension: KEY_EXTENSION, what: '密钥文件', overwrite });
    exportSigningKey(platform.userDataDir, target);
    return { path: target };
  },
  'keys.importSigning': ({ path }) => {
    const file = checkReadPath(files, path, '密钥文件', MAX_KEY_FILE_BYTES, 'BAD_KEY');
    const bytes = readRegularFile(file, MAX_KEY_FILE_BYTES, { code: 'BAD_KEY', what: '密钥文件' });
    return keyInfo(importSigningKey(platform.userDataDir, bytes.toString('utf8'), path));
  },
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
