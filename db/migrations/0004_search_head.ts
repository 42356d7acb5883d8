import type { Migration } from './types';

/**
 * A second, small FTS5 table over the columns that say what a case is about — title, case
 * number, metadata (agency, court, loss reasons, statutes) — fed with the same tokens as
 * search_fts. Ranking a large result set reads these first (core/search/matches.ts); in
 * search_fts their phrases can only be matched by reading every position in the judgment text
 * as well, which made ranking a common word cost more than finding it.
 *
 * Rowid = cases.seq, like search_fts. On a library that holds cases the index is marked stale,
 * and the search service rebuilds both tables (at once for a small library, else as a job).
 */
export const searchHead: Migration = {
  version: 4,
  name: 'search_head',
  up(db) {
    db.exec(`
      CREATE VIRTUAL TABLE search_head USING fts5(
        title, num, meta,
        content = '', contentless_delete = 1,
        tokenize = 'unicode61 remove_diacritics 0'
      );
    `);
    const { n } = db.prepare('SELECT count(*) AS n FROM cases').get() as { n: number };
    if (n > 0) {
      db.prepare(
        "INSERT INTO meta (key, value) VALUES ('search.index_stale', '1') ON CONFLICT (key) DO UPDATE SET value = '1'",
      ).run();
    }
  },
};
