import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { AppError } from './errors';
import { lockLibrary } from './libraryLock';
import { LATEST_VERSION, migrate, readUserVersion } from './migrate';

declare const writable: unique symbol;

/**
 * A prepared statement on a read handle: it can be read and shaped, never run. better-sqlite3's
 * Statement has every member here, so a statement from a WritableDB serves a reader too.
 */
export interface ReadStatement<P extends unknown[] = unknown[], R = unknown> {
  readonly reader: boolean;
  get(...params: P): R | undefined;
  all(...params: P): R[];
  iterate(...params: P): IterableIterator<R>;
  pluck(toggleState?: boolean): this;
  expand(toggleState?: boolean): this;
  raw(toggleState?: boolean): this;
  columns(): Database.ColumnDefinition[];
  safeIntegers(toggleState?: boolean): this;
}

/**
 * A handle for queries only: `prepare` gives statements without `run`, and there is no `exec`,
 * `transaction` or `pragma`. Functions that only read take this, so a read path cannot write by
 * accident (as Signal's ReadableDB does).
 */
export interface ReadableDB {
  readonly open: boolean;
  readonly inTransaction: boolean;
  prepare(source: string): ReadStatement;
  /** SQLite's online backup only reads the source, so a read handle may copy itself. */
  backup(destinationFile: string): Promise<Database.BackupMetadata>;
}

/** A handle that may write: the whole better-sqlite3 Database. Every WritableDB is also a ReadableDB. */
export type WritableDB = Database.Database & { readonly [writable]: true };

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
  // One process per library (db/libraryLock.ts): a second host is refused before it opens the file.
  const unlock = lockLibrary(file);
  let db: Database.Database;
  try {
    db = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  } catch (e) {
    unlock();
    throw new AppError('LIBRARY_UNREADABLE', `无法打开案例库文件 ${file}：${(e as Error).message}`);
  }
  // Every write transaction starts with BEGIN IMMEDIATE: it takes the write lock up front (waiting
  // up to the busy timeout) instead of failing SQLITE_BUSY halfway when a reader upgrades.
  const transaction = db.transaction.bind(db);
  db.transaction = ((fn: (...args: never[]) => unknown) =>
    // The immediate variant carries the same .default/.deferred/… members; it does not use `this`.
    // eslint-disable-next-line @typescript-eslint/unbound-method
    transaction(fn).immediate) as unknown as typeof db.transaction;
  const close = db.close.bind(db);
  db.close = () => {
    close();
    unlock();
    return db;
  };
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
  // The library's own backups folder (core/backup/store.ts backupDirOf): backups/<library file name>/.
  const dir = backupDir ?? join(dirname(file), 'backups', basename(file));
  mkdirSync(dir, { recursive: true });
  db.pragma('wal_checkpoint(TRUNCATE)');
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  copyFileSync(file, join(dir, `${basename(file, '.sqlite')}-v${version}-before-migration-${stamp}.sqlite`));
}

/** Narrows a writable handle for code that must only read. */
export const asReadable = (db: WritableDB): ReadableDB => db;
