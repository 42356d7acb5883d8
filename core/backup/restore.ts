import type { WritableDB } from '../../db/connection';
import { inspectBackupFile, quickCheck, restoreInto } from '../../db/backup';
import { AppError } from '../../db/errors';
import { LATEST_VERSION, migrate } from '../../db/migrate';
import { libraryRevision, writeMeta } from '../../db/repos/meta';
import { backupPath, createBackup, type BackupEntry } from './store';

export interface RestoreResult {
  restored: string;
  /** The copy of the state just before the restore, so a restore can itself be undone. */
  safetyBackup: string;
}

/**
 * Replaces the open library's content with a backup, in place: checks the backup, backs up the
 * current state, copies the backup's pages in with the backup API, migrates it if it is older,
 * and moves the revision past both so every cache built on the old content is seen as stale.
 */
export async function restoreBackup(
  db: WritableDB,
  libraryPath: string,
  name: string,
  nativeBinding?: string,
): Promise<RestoreResult> {
  const file = backupPath(libraryPath, name);
  const info = inspectBackupFile(file, nativeBinding);
  if (info.userVersion > LATEST_VERSION) {
    throw new AppError('BACKUP_TOO_NEW', `备份 ${name} 由较新版本的案鉴创建，当前程序无法恢复它。`);
  }
  const safety: BackupEntry = await createBackup(db, libraryPath, 'before-restore');
  const revisionBefore = libraryRevision(db);
  await restoreInto(file, libraryPath, nativeBinding);
  migrate(db);
  writeMeta(db, 'revision', String(Math.max(revisionBefore, libraryRevision(db)) + 1));
  const problems = quickCheck(db);
  if (problems.length) {
    throw new AppError('RESTORE_FAILED', `恢复后的案例库检查未通过：${problems.slice(0, 3).join('; ')}`);
  }
  return { restored: name, safetyBackup: safety.name };
}
