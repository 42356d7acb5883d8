import { mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { ReadableDB } from '../../db/connection';
import { backupTo } from '../../db/backup';
import { AppError } from '../../db/errors';

/**
 * Backups are whole copies of the library file in a folder of their own, named after the library
 * file, under `backups` beside it: `backups/<library file name>/` (the same folder
 * db/connection.ts copies to before a migration), named `<library>-<UTC stamp>-<reason>.sqlite`.
 * Two libraries in one folder never see each other's backups, and a new library file is never
 * taken for a lost one "with backups to restore".
 */
export const BACKUP_REASONS = [
  'manual',
  'daily',
  'before-package',
  'before-restore',
  'before-migration',
] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number] | 'other';

export const KEEP_RECENT = 14;

export interface BackupEntry {
  name: string;
  path: string;
  createdAt: string;
  reason: BackupReason;
  bytes: number;
}

export const backupDirOf = (libraryPath: string) =>
  join(dirname(libraryPath), 'backups', basename(libraryPath));

/** The folder every library in a folder used to share; its files are read, never written. */
const legacyDirOf = (libraryPath: string) => join(dirname(libraryPath), 'backups');

const NAME_PATTERN = /^[A-Za-z0-9._-]+\.sqlite$/;

/** In the shared legacy folder, only copies named after this very library and a stamp are its own. */
const isOwnLegacy = (libraryPath: string, name: string) => {
  const stem = basename(libraryPath, '.sqlite').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${stem}-(v\\d+-before-migration-)?\\d{4}-\\d{2}-\\d{2}T`).test(name);
};

function backupFiles(libraryPath: string): { name: string; path: string }[] {
  const read = (dir: string) => {
    try {
      return readdirSync(dir).map((name) => ({ name, path: join(dir, name) }));
    } catch {
      return [];
    }
  };
  const own = read(backupDirOf(libraryPath));
  const legacy = read(legacyDirOf(libraryPath)).filter(
    (f) => isOwnLegacy(libraryPath, f.name) && !own.some((o) => o.name === f.name),
  );
  return [...own, ...legacy].filter((f) => NAME_PATTERN.test(f.name) && statSync(f.path).isFile());
}

function reasonOf(name: string): BackupReason {
  if (name.includes('before-migration')) return 'before-migration';
  const found = BACKUP_REASONS.find((r) => name.endsWith(`-${r}.sqlite`));
  return found ?? 'other';
}

/** Newest first. Files that are not backups (other names, the -wal of an open copy) are ignored. */
export function listBackups(libraryPath: string): BackupEntry[] {
  return backupFiles(libraryPath)
    .map(({ name, path }) => {
      const stat = statSync(path);
      return { name, path, createdAt: stat.mtime.toISOString(), reason: reasonOf(name), bytes: stat.size };
    })
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name));
}

/** The file of a listed backup; refuses names that are not plain backup file names in the folder. */
export function backupPath(libraryPath: string, name: string): string {
  const found = NAME_PATTERN.test(name) ? backupFiles(libraryPath).find((f) => f.name === name) : undefined;
  if (!found) throw new AppError('BAD_INPUT', `备份名称无效：${name}`);
  return found.path;
}

let lastStamp = '';
function uniqueStamp(): string {
  let stamp = new Date().toISOString().replace(/[:.]/g, '-');
  // Two backups in the same millisecond (a restore right after a manual backup) get distinct names.
  if (stamp <= lastStamp) stamp = `${lastStamp}-1`;
  lastStamp = stamp;
  return stamp;
}

/** Takes a consistent copy of the open library with the online backup API, then prunes old copies. */
export async function createBackup(
  db: ReadableDB,
  libraryPath: string,
  reason: Exclude<BackupReason, 'other' | 'before-migration'>,
): Promise<BackupEntry> {
  const dir = backupDirOf(libraryPath);
  mkdirSync(dir, { recursive: true });
  const name = `${basename(libraryPath, '.sqlite')}-${uniqueStamp()}-${reason}.sqlite`;
  const path = join(dir, name);
  const temp = `${path}.part`;
  try {
    await backupTo(db, temp);
    // Only a complete copy gets a backup name, so a crash mid-copy never leaves a half backup in the list.
    renameSync(temp, path);
  } catch (e) {
    rmSync(temp, { force: true });
    throw new AppError('BACKUP_FAILED', `无法创建备份 ${path}：${(e as Error).message}`);
  }
  pruneBackups(libraryPath);
  return listBackups(libraryPath).find((b) => b.name === name)!;
}

/** Keeps the newest KEEP_RECENT backups plus the newest of every month; deletes the rest. */
export function pruneBackups(libraryPath: string, keepRecent = KEEP_RECENT): string[] {
  const all = listBackups(libraryPath);
  const keep = new Set(all.slice(0, keepRecent).map((b) => b.name));
  const months = new Set<string>();
  for (const backup of all) {
    const month = backup.createdAt.slice(0, 7);
    if (!months.has(month)) {
      months.add(month);
      keep.add(backup.name);
    }
  }
  const removed = all.filter((b) => !keep.has(b.name));
  for (const backup of removed) rmSync(backup.path, { force: true });
  return removed.map((b) => b.name);
}

/** True when no backup was taken today (local date), so the first start of the day takes one. */
export function needsDailyBackup(libraryPath: string, now = new Date()): boolean {
  const today = now.toDateString();
  return !listBackups(libraryPath).some((b) => new Date(b.createdAt).toDateString() === today);
}
