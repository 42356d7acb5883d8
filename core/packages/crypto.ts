import { createHash, createPrivateKey, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';

/** DER prefix of an Ed25519 SubjectPublicKeyInfo; the raw 32-byte key follows it. */
const SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

export const sha256Hex = (data: Uint8Array): string => createHash('sha256').update(data).digest('hex');

/** The raw public key (base64) of an Ed25519 private or public key. */
export function rawPublicKey(key: KeyObject): string {
  const pub = key.type === 'private' ? createPublicKey(key) : key;
  const der = pub.export({ type: 'spki', format: 'der' });
  return der.subarray(der.length - 32).toString('base64');
}

export function publicKeyFromRaw(rawBase64: string): KeyObject {
  const raw = Buffer.from(rawBase64, 'base64');
  if (raw.length !== 32) throw new Error('Ed25519 公钥应为 32 字节');
  return createPublicKey({ key: Buffer.concat([SPKI_PREFIX, raw]), format: 'der', type: 'spki' });
}

/**
 * What people compare over the phone: the first 20 bytes of SHA-256 of the raw public key, in
 * groups of four hex digits (like an OpenPGP fingerprint).
 */
export function fingerprintOf(rawBase64: string): string {
  const hex = sha256Hex(Buffer.from(rawBase64, 'base64')).slice(0, 40).toUpperCase();
  return hex.match(/.{4}/g)!.join(' ');
}

export function privateKeyFromPem(pem: string): KeyObject {
  const key = createPrivateKey({ key: pem, format: 'pem' });
  if (key.asymmetricKeyType !== 'ed25519') throw new Error('不是 Ed25519 私钥');
  return key;
}

export const signBytes = (key: KeyObject, data: Uint8Array): string =>
  sign(null, data, key).toString('base64');

export function verifyBytes(rawPublicKeyBase64: string, data: Uint8Array, signatureBase64: string): boolean {
  try {
    const signature = Buffer.from(signatureBase64.trim(), 'base64');
    if (signature.length !== 64) return false;
    return verify(null, data, publicKeyFromRaw(rawPublicKeyBase64), signature);
  } catch {
    return false;
  }
}
