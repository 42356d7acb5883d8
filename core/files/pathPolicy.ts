import { lstatSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, resolve, sep } from 'node:path';
import { AppError } from '../../db/errors';
import { backupDirOf } from '../backup/store';
import { checkRegularFile } from '../untrusted/readFile';
import type { ChosenPaths } from './chosenPaths';

/**
 * Who chooses the files an operation touches.
 * - `dialog`: the desktop app; only paths a native save/open dialog returned since the start.
 * - `browser`: the web host; no caller path is written (exports become one-time downloads under
 *   a generated name) and reads come only from uploads the host stored (`upload:<id>`).
 * - `trusted`: scripts and tests driving core directly; any absolute path that meets the rules below.
 */
export type FileAccess = 'dialog' | 'browser' | 'trusted';

/** The one place every operation that writes or reads a user file asks. Built per opened library. */
export interface FileRules {
  access: FileAccess;
  chosen: ChosenPaths;
  libraryPath: string;
  userDataDir: string;
  /** Where the web host keeps uploaded files (private temp area); only in the browser mode. */
  uploadsDir?: string;
}

/** What a written file is and must look like. */
export interface WriteTarget {
  /** Extension without the dot: `anjian`, `anjian-key`, `docx` … */
  extension: string;
  /** For messages: “案例包”、“密钥文件”、“导出文件”. */
  what: string;
  /** The user confirmed replacing an existing file (the UI sends it only after asking). */
  overwrite?: boolean;
}

export const PACKAGE_EXTENSION = 'anjian';
export const KEY_EXTENSION = 'anjian-key';
export const UPLOAD_PREFIX = 'upload:';

const real = (path: string): string => {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
};

/** The path with its folder's symlinks resolved, so a link cannot lead a write into the library. */
const realTarget = (path: string): string => join(real(dirname(path)), basename(path));

const same = (a: string, b: string) =>
  process.platform === 'linux' ? a === b : a.toLowerCase() === b.toLowerCase();
const inside = (dir: string, file: string) => {
  const d = process.platform === 'linux' ? dir : dir.toLowerCase();
  const f = process.platform === 'linux' ? file : file.toLowerCase();
  return f === d || f.startsWith(d + sep);
};

function sameFile(a: string, b: string): boolean {
  try {
    const x = statSync(a);
    const y = statSync(b);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}

/** Why a path is one the app itself owns, or undefined when it is not. */
function protectedReason(rules: FileRules, target: string): string | undefined {
  const library = real(rules.libraryPath);
  const own = [library, `${library}-wal`, `${library}-shm`, `${library}-journal`, `${library}.lock`];
  if (own.some((p) => same(p, target) || sameFile(p, target)))
    return '这是正在使用的案例库文件（或其日志文件）。';
  if (inside(real(dirname(backupDirOf(rules.libraryPath))), target)) return '这是案例库的备份文件夹。';
  if (inside(real(rules.userDataDir), target)) return '这是案鉴自己的数据文件夹。';
  if (rules.uploadsDir && inside(real(rules.uploadsDir), target)) return '这是上传文件的临时文件夹。';
  return undefined;
}

/**
 * Checks a path the caller asked to write and answers the path to write. Refuses, with a Chinese
 * message naming the file: the browser mode (files there are downloads), paths no save dialog
 * returned (desktop), relative paths, the wrong extension, the library and its -wal/-shm, the
 * backups folder, the user-data folder, a missing folder (no folders are created), something that
 * is not a plain file, and an existing file without `overwrite` (or the dialog's consent).
 */
export function checkWritePath(rules: FileRules, path: string, target: WriteTarget): string {
  const refuse = (why: string) =>
    new AppError('PATH_REFUSED', `不能把${target.what}写入 ${path}：${why}未写入任何内容。`);
  if (rules.access === 'browser') throw refuse('浏览器版不能指定保存位置，文件会作为下载提供。');
  if (!isAbsolute(path)) throw refuse('应为完整路径。');
  const wanted = resolve(path);
  if (!wanted.toLowerCase().endsWith(`.${target.extension}`)) {
    throw refuse(`${target.what}的扩展名应为 .${target.extension}。`);
  }
  const chosen = rules.access === 'dialog' && rules.chosen.canSave(wanted);
  if (rules.access === 'dialog' && !chosen) throw refuse('只能保存到您在“另存为”对话框中选择的位置。');
  const actual = realTarget(wanted);
  const reason = protectedReason(rules, actual);
  if (reason) throw refuse(reason);
  try {
    if (!statSync(dirname(actual)).isDirectory()) throw new Error('not a folder');
  } catch {
    throw refuse('所在文件夹不存在（案鉴不会替您新建文件夹）。');
  }
  let exists = false;
  try {
    const stat = lstatSync(actual);
    exists = true;
    if (!stat.isFile()) throw refuse('这个位置已有一个不是普通文件的项目（文件夹、链接或设备）。');
  } catch (e) {
    if (e instanceof AppError) throw e;
  }
  if (exists && target.overwrite !== true && !chosen) {
    throw new AppError('FILE_EXISTS', `${target.what} ${path} 已存在。确认替换后再保存；未写入任何内容。`, {
      path,
    });
  }
  return actual;
}

/** Where the browser mode writes a generated export: directly in the host's exports folder. */
export const exportsDirOf = (rules: FileRules): string => join(rules.userDataDir, 'exports');

/**
 * Checks a path the caller asked to read and answers the file to read: on the desktop only a
 * file the open dialog returned, in the browser mode only an upload id, and in every mode only a
 * regular file of at most `maxBytes` (checked on a descriptor opened without blocking, so a FIFO
 * or a device cannot hang the host). A missing and an unreadable file get the same answer.
 */
export function checkReadPath(
  rules: FileRules,
  path: string,
  what: string,
  maxBytes: number,
  /** The code of a refusal about the file itself (missing, not a regular file, too large). */
  code = 'PATH_REFUSED',
): string {
  const refuse = (why: string) => new AppError('PATH_REFUSED', `无法读取${what} ${path}：${why}`);
  let file: string;
  if (rules.access === 'browser') {
    const id = path.startsWith(UPLOAD_PREFIX) ? path.slice(UPLOAD_PREFIX.length) : '';
    if (!rules.uploadsDir || !/^[0-9a-f-]{36}$/.test(id)) {
      throw refuse('浏览器版只能读取通过“选择文件”上传的文件。');
    }
    file = join(rules.uploadsDir, id);
  } else {
    if (!isAbsolute(path)) throw refuse('应为完整路径。');
    file = resolve(path);
    if (rules.access === 'dialog' && !rules.chosen.canOpen(file)) {
      throw refuse('只能读取您在“打开”对话框中选择的文件。');
    }
  }
  checkRegularFile(file, maxBytes, { code, what, shownAs: path });
  return file;
}
