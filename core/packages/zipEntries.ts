import { isAbsolute, relative, resolve } from 'node:path';
import { AppError } from '../../db/errors';
import { inflateZip } from '../untrusted/unzip';
import { ENTRY_NAMES, LIMITS, type EntryName } from './format';

/**
 * True when `name` is a plain file name that stays inside any folder it is joined to:
 * no `..` segment, no absolute path, no drive letter, no backslash, no NUL, no folder.
 */
export function isSafeEntryName(name: string): boolean {
  if (!name || name.length > 200) return false;
  if (/[\\\0:]/.test(name) || name.startsWith('/') || /^[A-Za-z]:/.test(name)) return false;
  return !name.split('/').some((part) => part === '..' || part === '.' || part === '');
}

/** Where an entry would land inside `target`, or an error if it would land outside (zip-slip). */
export function resolveInside(target: string, name: string): string {
  const full = resolve(target, name);
  const rel = relative(resolve(target), full);
  if (!isSafeEntryName(name) || rel.startsWith('..') || isAbsolute(rel)) {
    throw new AppError('BAD_PACKAGE', `包内文件路径不安全：“${name}”会写到目标文件夹之外，已拒绝。`);
  }
  return full;
}

/**
 * Reads entries of a package archive in memory with the capped streaming inflater, after
 * checking every entry's name, compression and declared size against the limits; nothing is
 * ever written to disk. Only the entries that `want` accepts are inflated (it sees the declared
 * size first and may throw), so the reader can check the signed manifest before it inflates
 * anything large, and an entry whose output passes its declared size is refused at that byte.
 */
export function readZipEntries(
  file: string,
  data: Uint8Array,
  want: (name: EntryName, declaredSize: number) => boolean,
): Map<EntryName, Uint8Array> {
  const known = new Set<string>(ENTRY_NAMES);
  const seen = new Set<string>();
  const bad = (message: string) => new AppError('BAD_PACKAGE', `案例包 ${file} 无效：${message}`);
  const files = inflateZip(data, {
    limits: LIMITS,
    fail: bad,
    want: (entry) => {
      resolveInside('/package', entry.name);
      if (!known.has(entry.name)) throw bad(`包内有不属于案例包格式的文件“${entry.name}”`);
      if (seen.has(entry.name)) throw bad(`包内文件“${entry.name}”出现了两次`);
      seen.add(entry.name);
      const declared = entry.declaredSize;
      if (declared > Math.max(entry.compressedSize, 1) * LIMITS.maxRatio) {
        throw bad(`“${entry.name}”解压后过大（声明 ${declared} 字节）`);
      }
      return want(entry.name as EntryName, declared);
    },
  });
  for (const name of ENTRY_NAMES) if (!seen.has(name)) throw bad(`缺少“${name}”`);
  return files as Map<EntryName, Uint8Array>;
}
