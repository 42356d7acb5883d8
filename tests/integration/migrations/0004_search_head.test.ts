import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readUserVersion } from '../../../db/migrate';
import {
  insertOldCase,
  libraryAtVersion,
  metaValue,
  schemaObject,
  stepTo,
} from '../../helpers/migrationSteps';
import { tempDir, type TempDir } from '../../helpers/tempLibrary';

let tmp: TempDir;
beforeEach(() => (tmp = tempDir()));
afterEach(() => tmp.remove());

/** A version-3 library whose search index was complete: one case with its FTS row, index current. */
function indexedV3() {
  const db = libraryAtVersion(tmp, 3);
  insertOldCase(db, 'c1', '旧案例');
  const { seq } = db.prepare("SELECT seq FROM cases WHERE id = 'c1'").get() as { seq: number };
  db.prepare('INSERT INTO search_fts (rowid, title, num, meta, comment, body) VALUES (?, ?, ?, ?, ?, ?)').run(
    seq,
    '旧案 案例',
    '',
    '',
    '',
    '裁判 文书',
  );
  db.prepare("UPDATE meta SET value = '0' WHERE key = 'search.index_stale'").run();
  db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('search.index_version', '1')").run();
  return { db, seq };
}

describe('migration 0004 search_head (version 3 → 4)', () => {
  it('adds the head FTS table and marks the index stale on a library that holds cases, keeping search_fts', () => {
    const { db, seq } = indexedV3();
    expect(schemaObject(db, 'search_head')).toBeUndefined();

    stepTo(db, 4);

    expect(readUserVersion(db)).toBe(4);
    expect(schemaObject(db, 'search_head')?.sql).toMatch(/USING fts5\(\s*title, num, meta,\s*content = ''/);
    expect(db.prepare('SELECT count(*) AS n FROM search_head').get()).toEqual({ n: 0 });
    // search_head is empty, so the index is incomplete until the search service rebuilds both tables.
    expect(metaValue(db, 'search.index_stale')).toBe('1');
    expect(db.prepare("SELECT rowid FROM search_fts WHERE search_fts MATCH '裁判'").all()).toEqual([
      { rowid: seq },
    ]);
    expect(db.prepare('SELECT id, title FROM cases').all()).toEqual([{ id: 'c1', title: '旧案例' }]);
    db.close();
  });

  it('leaves an empty library’s current index current', () => {
    const db = libraryAtVersion(tmp, 3);
    stepTo(db, 4);
    expect(schemaObject(db, 'search_head')).toMatchObject({ type: 'table' });
    expect(metaValue(db, 'search.index_stale')).toBe('0');
    expect(metaValue(db, 'search.index_version')).toBe('1');
    db.close();
  });
});
