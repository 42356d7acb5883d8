import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { resolve } from 'node:path';
import { AppError } from './errors';

/**
 * One process per library. Two hosts writing one file both answered "ok" while SQLite's file
 * locks made one in twenty-five of their writes fail; the library is meant for one app at a time.
 * The lock is a file beside the library, `<library>.lock`, created exclusively and holding the
 * owner's pid. A lock whose process is gone (a crash, a kill) is taken over; one whose process
 * lives is refused with a message naming it. Within one process the same library may be opened
 * again (tests, the starter build); the lock goes when the last handle closes.
 */
export const lockPathOf = (libraryPath: string): string => `${resolve(libraryPath)}.lock`;

const held = new Map<string, number>();

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to someone else; it still holds the library.
    return (e as { code?: string }).code === 'EPERM';
  }
}

function ownerOf(lock: string): number | undefined {
  try {
    const pid = Number(readFileSync(lock, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function tryCreate(lock: string): boolean {
  try {
    const fd = openSync(lock, 'wx', 0o644);
    writeSync(fd, String(process.pid));
    closeSync(fd);
    return true;
  } catch (e) {
    if ((e as { code?: string }).code === 'EEXIST') return false;
    throw e;
  }
}

/** Takes the library's lock (or refuses); answers the function that lets it go. */
export function lockLibrary(libraryPath: string): () => void {
  const lock = lockPathOf(libraryPath);
  const count = held.get(lock) ?? 0;
  if (count === 0) {
    let taken = false;
    for (let attempt = 0; attempt < 3 && !taken; attempt++) {
      try {
        taken = tryCreate(lock);
      } catch {
        // A folder we cannot write (a read-only share): SQLite's own locks and busy timeout remain.
        return () => undefined;
      }
      if (taken) break;
      const owner = ownerOf(lock);
      if (owner !== undefined && owner !== process.pid && alive(owner)) {
        throw new AppError(
          'LIBRARY_IN_USE',
          `案例库 ${libraryPath} 正被另一个案鉴程序（进程号 ${owner}）使用。一个案例库同一时间只能由一个案鉴窗口或服务打开：请先关闭另一个，再打开此案例库。`,
          { pid: owner },
        );
      }
      // The owner is gone (crash, kill) or the file is unreadable: the lock is stale.
      rmSync(lock, { force: true });
    }
    if (!taken) throw new AppError('LIBRARY_IN_USE', `无法锁定案例库 ${libraryPath}，请稍后重试。`);
  }
  held.set(lock, count + 1);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    const left = (held.get(lock) ?? 1) - 1;
    if (left > 0) {
      held.set(lock, left);
      return;
    }
    held.delete(lock);
    if (ownerOf(lock) === process.pid) rmSync(lock, { force: true });
  };
}
