import type { Migration } from './types';

/**
 * The search index (issue 4). `search_fts` is an FTS5 table fed with the output of the Chinese
 * tokenizer in core/search (bigrams of normalized text as space-separated tokens), so FTS5's own
 * tokenizer only splits on spaces. It is contentless — the text already lives in `cases`, and
 * snippets are cut from there — with contentless_delete so a case can be re-indexed on save.
 * Rowid = cases.seq.
 *
 * `cases_search_facets` covers every column the search filters and facets read, so they never
 * touch the case rows, whose large text columns (and deleted_at behind them) live in overflow pages.
 *
 * The migration cannot tokenize (db/ sits below core/): on a library that already holds cases it
 * marks the index stale and the search service rebuilds it on first use; on an empty one the
 * index is complete as it stands and records tokenizer version 1 (core/search/indexer.ts).
 */
export const searchIndex: Migration = {
  version: 3,
  name: 'search_index',
  up(db) {
    db.exec(`
      CREATE VIRTUAL TABLE search_fts USING fts5(
        title, num, meta, comment, body,
        content = '', contentless_delete = 1,
        tokenize = 'unicode61 remove_diacritics 0'
      );
      CREATE INDEX cases_search_facets ON cases (
        deleted_at, seq, id, category, outcome, court_level, trial_stage, year, region, agency_type,
        status, judgment_date
      );
    `);
    const { n } = db.prepare('SELECT count(*) AS n FROM cases').get() as { n: number };
    const setMeta = db.prepare(
      'INSERT INTO meta (key, value) VALUES (@key, @value) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    );
    if (n > 0) {
      setMeta.run({ key: 'search.index_stale', value: '1' });
    } else {
      setMeta.run({ key: 'search.index_version', value: '1' });
      setMeta.run({ key: 'search.index_stale', value: '0' });
    }
  },
};
