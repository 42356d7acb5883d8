import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import type { ReadableDB, WritableDB } from '../../db/connection';
import { AppError } from '../../db/errors';
import { bumpRevision } from '../../db/repos/meta';
import { readSetting, writeSetting } from '../../db/repos/settings';
import { fingerprintOf, privateKeyFromPem, rawPublicKey } from './crypto';

/**
 * The legal office's signing key lives in the user-data folder (never in the library, which is
 * copied around), as JSON with the private key in PKCS#8 PEM. The same JSON is what
 * keys.export writes for safe keeping and keys.importSigning reads back.
 */
const SigningKeyFile = z
  .object({
    kind: z.literal('anjian-signing-key'),
    name: z.string().min(1).max(200),
    createdAt: z.string(),
    privateKey: z.string().max(10_000),
  })
  .strict();
type SigningKeyFile = z.infer<typeof SigningKeyFile>;

export interface SigningKey {
  name: string;
  createdAt: string;
  key: KeyObject;
  publicKey: string;
  fingerprint: string;
}

export const signingKeyPath = (userDataDir: string) => join(userDataDir, 'signing-key.json');

function writePrivateFile(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = `${path}.tmp-${process.pid}`;
  writeFileSync(temp, content, { mode: 0o600 });
  chmodSync(temp, 0o600);
  renameSync(temp, path);
}

function parseKeyFile(text: string, where: string): SigningKey {
  let file: SigningKeyFile;
  try {
    file = SigningKeyFile.parse(JSON.parse(text));
  } catch {
    throw new AppError('BAD_KEY', `${where} 不是案鉴的签名密钥文件`);
  }
  let key: KeyObject;
  try {
    key = privateKeyFromPem(file.privateKey);
  } catch (e) {
    throw new AppError('BAD_KEY', `${where} 中的私钥无法读取：${(e as Error).message}`);
  }
  const publicKey = rawPublicKey(key);
  return {
    name: file.name,
    createdAt: file.createdAt,
    key,
    publicKey,
    fingerprint: fingerprintOf(publicKey),
  };
}

export function loadSigningKey(userDataDir: string): SigningKey | undefined {
  const path = signingKeyPath(userDataDir);
  if (!existsSync(path)) return undefined;
  return parseKeyFile(readFileSync(path, 'utf8'), path);
}

export function requireSigningKey(userDataDir: string): SigningKey {
  const key = loadSigningKey(userDataDir);
  if (!key) throw new AppError('NO_SIGNING_KEY', '尚未创建签名密钥：请先在“设置 → 签名密钥”中创建。');
  return key;
}

/** Creates the signing key once; a second call is refused so a key in use is never replaced by accident. */
export function createSigningKey(userDataDir: string, name: string): SigningKey {
  if (existsSync(signingKeyPath(userDataDir))) {
    throw new AppError(
      'KEY_EXISTS',
      '签名密钥已存在。更换密钥会使已分发的信任失效，如确需更换请先导出并移走旧密钥文件。',
    );
  }
  const { privateKey } = generateKeyPairSync('ed25519');
  const file: SigningKeyFile = {
    kind: 'anjian-signing-key',
    name,
    createdAt: new Date().toISOString(),
    privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  };
  writePrivateFile(signingKeyPath(userDataDir), `${JSON.stringify(file, null, 2)}\n`);
  return requireSigningKey(userDataDir);
}

/** The key file for safe keeping (a USB stick in a safe), as text: the same JSON the key lives in. */
export function signingKeyFileText(userDataDir: string): string {
  const key = requireSigningKey(userDataDir);
  return `${JSON.stringify(
    {
      kind: 'anjian-signing-key',
      name: key.name,
      createdAt: key.createdAt,
      privateKey: key.key.export({ type: 'pkcs8', format: 'pem' }).toString(),
    } satisfies SigningKeyFile,
    null,
    2,
  )}\n`;
}

/** Writes the key file to a path the path policy already accepted; readable by its owner only. */
export function exportSigningKey(userDataDir: string, path: string): void {
  writePrivateFile(path, signingKeyFileText(userDataDir));
}

/** The most a key file may hold: a name, a date and one PEM key. */
export const MAX_KEY_FILE_BYTES = 64 * 1024;

/** Brings a key back from its safe-keeping copy (a new computer in the legal office). */
export function importSigningKey(userDataDir: string, text: string, where: string): SigningKey {
  if (existsSync(signingKeyPath(userDataDir))) {
    throw new AppError('KEY_EXISTS', '本机已有签名密钥，未作改动。');
  }
  const key = parseKeyFile(text, where);
  writePrivateFile(signingKeyPath(userDataDir), text);
  return key;
}

// ---- trusted keys: kept in the library's settings table, so they travel with its backups ----

const TRUSTED = 'packages.trustedKeys';
const TrustedKey = z.object({
  publicKey: z.string(),
  fingerprint: z.string(),
  name: z.string(),
  addedAt: z.string(),
});
export type TrustedKey = z.infer<typeof TrustedKey>;

export function listTrustedKeys(db: ReadableDB): TrustedKey[] {
  const raw = readSetting(db, TRUSTED);
  if (!raw) return [];
  const parsed = z.array(TrustedKey).safeParse(JSON.parse(raw));
  return parsed.success ? parsed.data : [];
}

export const isTrusted = (db: ReadableDB, publicKey: string): boolean =>
  listTrustedKeys(db).some((k) => k.publicKey === publicKey);

export function trustKey(db: WritableDB, publicKey: string, name: string): TrustedKey {
  const fingerprint = fingerprintOf(publicKey);
  const keys = listTrustedKeys(db);
  const existing = keys.find((k) => k.publicKey === publicKey);
  if (existing) return existing;
  const key = { publicKey, fingerprint, name, addedAt: new Date().toISOString() };
  writeSetting(db, TRUSTED, JSON.stringify([...keys, key]));
  bumpRevision(db);
  return key;
}

export function untrustKey(db: WritableDB, fingerprint: string): boolean {
  const keys = listTrustedKeys(db);
  const rest = keys.filter((k) => k.fingerprint !== fingerprint);
  if (rest.length === keys.length) return false;
  writeSetting(db, TRUSTED, JSON.stringify(rest));
  bumpRevision(db);
  return true;
}
