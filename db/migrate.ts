import type Database from 'better-sqlite3';
import { AppError } from './errors';
import { MIGRATIONS } from './migrations';

export const LATEST_VERSION = MIGRATIONS.length;

export const readUserVersion = (db: Database.Database): number =>
  db.pragma('user_version', { simple: true }) as number;

/**
 * Applies every migration above the file's user_version, each in its own transaction with its
 * user_version bump, so a failure leaves the library at the last version that completed.
 * `target` lets tests stop at an older version.
 */
export function migrate(db: Database.Database, target = LATEST_VERSION): void {
  MIGRATIONS.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(`migration registry out of order at ${migration.name}`);
    }
  });
  const from = readUserVersion(db);
  for (const migration of MIGRATIONS.slice(from, target)) {
    try {
      db.transaction(() => {
        migration.up(db);
        db.pragma(`user_version = ${migration.version}`);
      })();
    } catch (e) {
      throw new AppError(
        'MIGRATION_FAILED',
        `案例库升级到版本 ${migration.version}（${migration.name}）失败：${(e as Error).message}。案例库保持在版本 ${readUserVersion(db)}。`,
      );
    }
  }
}
