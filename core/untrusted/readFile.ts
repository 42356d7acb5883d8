import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { AppError } from '../../db/errors';

export interface ReadFileMessages {
  /** Error code for every refusal (BAD_FILE, BAD_PACKAGE …). */
  code: string;
  /** What the file is, for messages: "案例包"、"密钥文件". */
  what: string;
  /** How messages name the file (default: its path), e.g. the path the user gave for an upload. */
  shownAs?: string;
}

/**
 * Checks that `path` is a regular file of at most `maxBytes` without reading it (the path policy
 * vets a pick before the parse worker reads it): the same refusals, in the same words, as
 * readRegularFile, so a missing and an unreadable file answer alike wherever they are met.
 */
export function checkRegularFile(path: string, maxBytes: number, messages: ReadFileMessages): void {
  withRegularFile(path, maxBytes, messages, () => undefined);
}

/**
 * Reads a file the user picked, as a file and nothing else: opened without blocking (a FIFO
 * would otherwise hang the opener), then checked on the open descriptor, so the answer is about
 * the very file that is read, not one swapped in after a stat. Only regular files, at most
 * `maxBytes`, read to exactly the size fstat reported (a file that grows while read is refused).
 * A missing file and an unreadable one get the same answer, so no caller learns which paths exist.
 */
export function readRegularFile(path: string, maxBytes: number, messages: ReadFileMessages): Buffer {
  return withRegularFile(path, maxBytes, messages, (fd, size, refuse) => {
    const data = Buffer.allocUnsafe(size);
    let at = 0;
    while (at < size) {
      const n = readSync(fd, data, at, size - at, at);
      if (n === 0) break;
      at += n;
    }
    if (at !== size || readSync(fd, Buffer.alloc(1), 0, 1, at) !== 0) {
      throw refuse('文件在读取过程中被改动。');
    }
    return data;
  });
}

/** Opens without blocking, checks the open descriptor, runs `use`, closes. */
function withRegularFile<T>(
  path: string,
  maxBytes: number,
  messages: ReadFileMessages,
  use: (fd: number, size: number, refuse: (why: string) => AppError) => T,
): T {
  const refuse = (why: string) =>
    new AppError(messages.code, `无法读取${messages.what} ${messages.shownAs ?? path}：${why}`);
  let fd: number;
  try {
    // O_NONBLOCK is 0 on Windows, where named pipes do not live in the file system anyway.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch {
    throw refuse('文件不存在或没有读取权限。');
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw refuse('这不是一个普通文件（可能是文件夹、设备或管道）。');
    if (stat.size > maxBytes) {
      throw refuse(`文件过大（${stat.size} 字节，上限 ${maxBytes} 字节）。`);
    }
    return use(fd, stat.size, refuse);
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw refuse('文件不存在或没有读取权限。');
  } finally {
    closeSync(fd);
  }
}
