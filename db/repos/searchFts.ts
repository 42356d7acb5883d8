import type { ReadableDB } from '../connection';

/**
 * Queries over the two FTS5 tables: search_fts holds title, case number, metadata, commentary
 * and judgment text; search_head only the first three — what a case is about (agency, loss
 * reasons, statutes) — small enough to rank a common word quickly. `match` is an FTS5 MATCH
 * expression built by core/search/queryPlan.ts (always bound, never spliced into the SQL).
 */
export type SearchTable = 'search_fts' | 'search_head';

/** bm25 weights of each table's columns, in column order. */
const WEIGHTS: Record<SearchTable, string> = {
  search_fts: '10.0, 10.0, 4.0, 2.0, 1.0',
  search_head: '10.0, 10.0, 4.0',
};

/**
 * Every rowid (case seq) the expression matches, as one comma-separated string: better-sqlite3
 * marshals 10,000 rows one by one slower than FTS5 finds them.
 */
export function matchingRowidList(db: ReadableDB, table: SearchTable, match: string): string {
  return (db
    .prepare(`SELECT group_concat(rowid) FROM ${table} WHERE ${table} MATCH @match`)
    .pluck()
    .get({ match }) ?? '') as string;
}

/** Every seq the expression matches in the full table. */
export function matchingSeqs(db: ReadableDB, match: string): number[] {
  return db
    .prepare('SELECT rowid FROM search_fts WHERE search_fts MATCH @match')
    .pluck()
    .all({ match }) as number[];
}

/**
 * The best `limit` [seq, bm25] pairs for the expression, best first (lower bm25 is better),
 * among the rowids of `within` if given. The + of +rowid keeps that list from FTS5, which would
 * re-run the whole MATCH once per listed rowid.
 */
export function rankedSeqs(
  db: ReadableDB,
  table: SearchTable,
  match: string,
  limit: number,
  within?: readonly number[],
): [number, number][] {
  return db
    .prepare(
      `SELECT rowid, bm25(${table}, ${WEIGHTS[table]}) AS rank FROM ${table} WHERE ${table} MATCH @match
       ${within ? 'AND +rowid IN (SELECT value FROM json_each(@within))' : ''}
       ORDER BY rank, rowid LIMIT @limit`,
    )
    .raw()
    .all({ match, limit, ...(within ? { within: JSON.stringify(within) } : {}) }) as [number, number][];
}
