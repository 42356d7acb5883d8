import Database from 'better-sqlite3';
import type { ReadableDB } from './connection';
import { AppError } from './errors';

/**
 * Copies a live library to `file` with SQLite's online backup API (better-sqlite3's db.backup):
 * a consistent snapshot even while the app keeps using the library, WAL contents included.
 */
export async function backupTo(db: ReadableDB, file: string): Promise<void> {
  await db.backup(file);
}

/** `PRAGMA quick_check`: an empty list when the file is sound, else SQLite's findings. */
export function quickCheck(db: ReadableDB): string[] {
  // Prepared rather than db.pragma(): a read handle has no pragma(), which could also write.
  const rows = db.prepare('PRAGMA quick_check').pluck().all() as string[];
  return rows.filter((r) => r !== 'ok');
}

/** `PRAGMA integrity_check`, the thorough version, for tests and for checking a backup before restore. */
export function integrityCheck(db: ReadableDB): string[] {
  const rows = db.prepare('PRAGMA integrity_check').pluck().all() as string[];
  return rows.filter((r) => r !== 'ok');
}

export interface BackupFileInfo {
  userVersion: number;
  libraryId: string;
  revision: number;
  caseCount: number;
}

/**
 * Opens a backup read-only, checks it, and reads what the user needs to choose it.
 * Throws BACKUP_DAMAGED when the copy itself is not sound.
 */
export function inspectBackupFile(file: string, nativeBinding?: string): BackupFileInfo {
  let db: Database.Database | undefined;
  try {
    db = new Database(file, {
      readonly: true,
      fileMustExist: true,
      ...(nativeBinding ? { nativeBinding } : {}),
    });
    const problems = quickCheck(db);
    if (problems.length) throw new Error(problems.slice(0, 3).join('; '));
    const meta = (key: string) =>
      (db!.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined)?.value;
    return {
      userVersion: db.pragma('user_version', { simple: true }) as number,
      libraryId: meta('library_id') ?? '',
      revision: Number(meta('revision') ?? '0'),
      caseCount: (
        db.prepare('SELECT count(*) AS n FROM cases WHERE deleted_at IS NULL').get() as { n: number }
      ).n,
    };
  } catch (e) {
    throw new AppError('BACKUP_DAMAGED', `备份文件 ${file} 无法使用：${(e as Error).message}`);
  } finally {
    db?.close();
  }
}

/**
 * Writes the backup's pages into the library file in place (the backup API in the other
 * direction), so every open connection to the library sees the restored content at once.
 */
export async function restoreInto(
  backupFile: string,
  libraryFile: string,
  nativeBinding?: string,
): Promise<void> {
  const source = new Database(backupFile, {
    readonly: true,
    fileMustExist: true,
    ...(nativeBinding ? { nativeBinding } : {}),
  });
  try {
    await source.backup(libraryFile);
  } finally {
    source.close();
  }
}
