import type { ReadableDB, WritableDB } from '../connection';
import { readMeta, writeMeta } from './meta';

/** The columns of search_fts, each already tokenized (space-separated tokens). */
export interface IndexColumns {
  title: string;
  num: string;
  meta: string;
  comment: string;
  body: string;
}

/**
 * Builds a case's index row. The tokenizer lives in core/search (db/ may not import core/), so
 * core passes it in with every case write (WriteContext); the case repository calls reindexCase /
 * removeFromIndex inside its own transaction, so the index changes together with the case or not at all.
 */
export interface CaseIndexer {
  columns(db: ReadableDB, caseId: string): { seq: number; columns: IndexColumns } | undefined;
}

/**
 * What a write that changes cases needs: the handle and the case indexer, passed explicitly (no
 * registration by import), so no writer can forget the index. `'rebuild-later'` marks the index
 * stale instead, for bulk loads that rebuild it in one go afterwards (benchmarks).
 */
export interface WriteContext {
  db: WritableDB;
  index: CaseIndexer | 'rebuild-later';
}

export const STALE_KEY = 'search.index_stale';

/** Flags the index for a rebuild (a write deferred its indexing, or a rebuild is under way). */
export function markIndexStale(db: WritableDB): void {
  writeMeta(db, STALE_KEY, '1');
}

/** search_fts holds every column of a case; search_head only title, case number and metadata. */
const INDEX_TABLES = ['search_fts', 'search_head'] as const;

export function writeIndexRow(db: WritableDB, seq: number, columns: IndexColumns): void {
  db.prepare('DELETE FROM search_fts WHERE rowid = @seq').run({ seq });
  db.prepare('DELETE FROM search_head WHERE rowid = @seq').run({ seq });
  db.prepare(
    `INSERT INTO search_fts (rowid, title, num, meta, comment, body)
     VALUES (@seq, @title, @num, @meta, @comment, @body)`,
  ).run({ seq, ...columns });
  db.prepare('INSERT INTO search_head (rowid, title, num, meta) VALUES (@seq, @title, @num, @meta)').run({
    seq,
    title: columns.title,
    num: columns.num,
    meta: columns.meta,
  });
}

/** Re-indexes one live case (or drops it from the index if it is trashed or gone). */
export function reindexCase({ db, index }: WriteContext, caseId: string): void {
  if (index === 'rebuild-later') {
    markIndexStale(db);
    return;
  }
  const row = index.columns(db, caseId);
  if (row) writeIndexRow(db, row.seq, row.columns);
  else removeFromIndex(db, caseId);
}

export function removeFromIndex(db: WritableDB, caseId: string): void {
  for (const table of INDEX_TABLES)
    db.prepare(`DELETE FROM ${table} WHERE rowid = (SELECT seq FROM cases WHERE id = @caseId)`).run({
      caseId,
    });
}

export function clearIndex(db: WritableDB): void {
  for (const table of INDEX_TABLES) db.prepare(`INSERT INTO ${table} (${table}) VALUES ('delete-all')`).run();
}

export const indexedCount = (db: ReadableDB): number =>
  (db.prepare('SELECT count(*) AS n FROM search_fts_docsize').get() as { n: number }).n;

export const liveCaseCount = (db: ReadableDB): number =>
  (db.prepare('SELECT count(*) AS n FROM cases WHERE deleted_at IS NULL').get() as { n: number }).n;

export const liveCaseIds = (db: ReadableDB): string[] =>
  (db.prepare('SELECT id FROM cases WHERE deleted_at IS NULL ORDER BY seq').all() as { id: string }[]).map(
    (r) => r.id,
  );

export interface IndexState {
  version: string | undefined;
  builtAtRevision: number | undefined;
  stale: boolean;
  indexed: number;
  live: number;
}

export function readIndexState(db: ReadableDB): IndexState {
  const built = readMeta(db, 'search.index_revision');
  return {
    version: readMeta(db, 'search.index_version'),
    builtAtRevision: built === undefined ? undefined : Number(built),
    stale: readMeta(db, STALE_KEY) === '1',
    indexed: indexedCount(db),
    live: liveCaseCount(db),
  };
}

/** Records a completed rebuild: tokenizer version and the library revision it was built at. */
export function markIndexBuilt(db: WritableDB, version: string, revision: number): void {
  writeMeta(db, 'search.index_version', version);
  writeMeta(db, 'search.index_revision', String(revision));
  writeMeta(db, STALE_KEY, '0');
}

/** Bulk FTS5 merges after a rebuild keep queries fast. */
export function optimizeIndex(db: WritableDB): void {
  for (const table of INDEX_TABLES) db.prepare(`INSERT INTO ${table} (${table}) VALUES ('optimize')`).run();
}
