import { mkdirSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { AppError } from '../../db/errors';
import { checkWritePath, PACKAGE_EXTENSION, type FileRules } from '../files/pathPolicy';

/** The folder exports go to when the caller gives no path (the web host serves it for download). */
export const exportsDir = (userDataDir: string): string => join(userDataDir, 'exports');

/** A file name from a title: no path separators or characters Windows refuses, not too long. */
export function safeFileName(title: string): string {
  const cleaned = title
    .replace(/[\\/:*?"<>|]/g, '_')
    .replace(/\s+/g, ' ')
    .replace(/^[.\s]+|[.\s]+$/g, '')
    .slice(0, 80);
  return cleaned || '导出';
}

const stamp = (d = new Date()) =>
  `${d.getFullYear()}${String(d.getMonth() + 1).padStart(2, '0')}${String(d.getDate()).padStart(2, '0')}-` +
  `${String(d.getHours()).padStart(2, '0')}${String(d.getMinutes()).padStart(2, '0')}${String(d.getSeconds()).padStart(2, '0')}`;

/**
 * Where to write: the caller's path once the path policy accepts it (core/files/pathPolicy.ts),
 * or a new file named after the title in the exports folder (the browser mode's downloads).
 */
export function targetPath(
  rules: FileRules,
  path: string | undefined,
  title: string,
  ext: string,
  overwrite?: boolean,
): string {
  if (path !== undefined)
    return checkWritePath(rules, path, {
      extension: ext,
      what: ext === PACKAGE_EXTENSION ? '案例包' : '导出文件',
      overwrite,
    });
  return join(exportsDir(rules.userDataDir), `${safeFileName(title)}-${stamp()}.${ext}`);
}

/** The file's name within the exports folder, or null when it was written elsewhere. */
export function downloadName(userDataDir: string, path: string): string | null {
  return dirname(resolve(path)) === resolve(exportsDir(userDataDir)) ? basename(path) : null;
}

/**
 * Writes through a temporary file beside the target and renames it into place, so a failed or
 * cancelled export never leaves a half-written file under the name the user chose.
 */
export async function writeAtomically(path: string, write: (tmp: string) => Promise<void>): Promise<void> {
  try {
    mkdirSync(dirname(path), { recursive: true });
  } catch (e) {
    throw new AppError('WRITE_FAILED', `无法创建文件夹 ${dirname(path)}：${(e as Error).message}`);
  }
  const ext = path.slice(path.lastIndexOf('.'));
  const tmp = `${path}.part${ext}`;
  try {
    await write(tmp);
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true });
    if ((e as { code?: string }).code === 'EBUSY' || (e as { code?: string }).code === 'EPERM')
      throw new AppError(
        'WRITE_FAILED',
        `无法写入 ${path}：文件可能正在被其他程序（如 Word、WPS）打开，请关闭后重试。`,
      );
    throw e;
  }
}

export const isInside = (dir: string, file: string): boolean => resolve(file).startsWith(resolve(dir) + sep);
