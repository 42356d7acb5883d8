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

describe('migration 0003 search_index (version 2 → 3)', () => {
  it('adds the FTS table and the facet index, and marks the index stale on a library that holds cases', () => {
    const db = libraryAtVersion(tmp, 2);
    insertOldCase(db, 'c1', '旧案例一');
    insertOldCase(db, 'c2', '旧案例二');
    db.prepare('UPDATE cases SET deleted_at = ? WHERE id = ?').run('2021-01-01', 'c2');

    stepTo(db, 3);

    expect(readUserVersion(db)).toBe(3);
    expect(schemaObject(db, 'search_fts')?.sql).toMatch(/USING fts5\(\s*title, num, meta, comment, body/);
    expect(schemaObject(db, 'search_fts')?.sql).toContain('contentless_delete = 1');
    expect(schemaObject(db, 'cases_search_facets')).toMatchObject({ type: 'index' });
    // The migration cannot tokenize (db/ sits below core/): nothing is indexed yet, and the index says so.
    expect(db.prepare('SELECT count(*) AS n FROM search_fts').get()).toEqual({ n: 0 });
    expect(metaValue(db, 'search.index_stale')).toBe('1');
    expect(metaValue(db, 'search.index_version')).toBeUndefined();
    expect(db.prepare('SELECT id, title, deleted_at FROM cases ORDER BY seq').all()).toEqual([
      { id: 'c1', title: '旧案例一', deleted_at: null },
      { id: 'c2', title: '旧案例二', deleted_at: '2021-01-01' },
    ]);
    db.close();
  });

  it('on an empty library records a complete, current index (tokenizer version 1)', () => {
    const db = libraryAtVersion(tmp, 2);
    stepTo(db, 3);
    expect(metaValue(db, 'search.index_stale')).toBe('0');
    expect(metaValue(db, 'search.index_version')).toBe('1');
    db.close();
  });
});
