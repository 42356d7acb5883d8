import { listBackups, backupDirOf, createBackup } from '../backup/store';
import { restoreBackup } from '../backup/restore';
import type { backupContract } from '../contract/backup';
import type { AreaFactory } from './handlers';

export const backupHandlers: AreaFactory<typeof backupContract> = ({ db, libraryPath, platform }) => ({
  'backup.list': () => ({ dir: backupDirOf(libraryPath), items: listBackups(libraryPath) }),
  'backup.create': () => createBackup(db, libraryPath, 'manual'),
  'backup.restore': ({ name }) => restoreBackup(db, libraryPath, name, platform.nativeBinding),
});
