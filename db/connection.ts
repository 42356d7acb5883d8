import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { AppError } from './errors';
import { LATEST_VERSION, migrate, readUserVersion } from './migrate';

declare const readable: unique symbol;
declare const writable: unique symbol;

/** A handle for queries only. Functions that only read take this, so a read path cannot write by accident. */
export type ReadableDB = Database.Database & { readonly [readable]: true };
/** A handle that may write. Every WritableDB is also a ReadableDB. */
export type WritableDB = ReadableDB & { readonly [writable]: true };

export interface OpenOptions {
  /** Path of a better_sqlite3.node built for the current runtime (Electron passes its own build). */
  nativeBinding?: string;
  /** Where the copy taken before a migration goes; defaults to a `backups` folder beside the library. */
  backupDir?: string;
  /** Refuse to create a missing file (the app creates libraries only from the starter library). */
  mustExist?: boolean;
}

/**
 * Opens (or creates) a library file: WAL, foreign keys, busy timeout, then migrations.
 * An existing library is copied before it is migrated, and a library written by a newer
 * version of 案鉴 is refused rather than touched.
 */
export function openLibrary(file: string, options: OpenOptions = {}): WritableDB {
  const exists = existsSync(file);
  if (!exists && options.mustExist) {
    throw new AppError('LIBRARY_MISSING', `找不到案例库文件：${file}`);
  }
  if (!exists) mkdirSync(dirname(file), { recursive: true });
  let db: Database.Database;
  try {
    db = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  } catch (e) {
    throw new AppError('LIBRARY_UNREADABLE', `无法打开案例库文件 ${file}：${(e as Error).message}`);
  }
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    db.pragma('synchronous = NORMAL');
    const version = readUserVersion(db);
    if (version > LATEST_VERSION) {
      throw new AppError(
        'LIBRARY_TOO_NEW',
        `此案例库由较新版本的案鉴创建（结构版本 ${version}），当前程序只支持到版本 ${LATEST_VERSION}。请升级案鉴后再打开，案例库未作任何改动。`,
      );
    }
    if (version > 0 && version < LATEST_VERSION) {
      backupBeforeMigration(db, file, version, options.backupDir);
    }
    migrate(db);
  } catch (e) {
    db.close();
    throw e;
  }
  return db as WritableDB;
}

/** Copies the library (checkpointed, so the copy is complete without its WAL) before a migration. */
function backupBeforeMigration(db: Database.Database, file: string, version: number, backupDir?: string) {
  const dir = backupDir ?? join(dirname(file), 'backups');
  mkdirSync(dir, { recursive: true });
  db.pragma('wal_checkpoint(TRUNCATE)');
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  copyFileSync(file, join(dir, `${basename(file, '.sqlite')}-v${version}-before-migration-${stamp}.sqlite`));
}

export const asReadable = (db: WritableDB): ReadableDB => db;
