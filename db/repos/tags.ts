import type { ReadableDB, WritableDB } from '../connection';
import { AppError } from '../errors';
import { bumpRevision } from './meta';

export interface Tag {
  id: number;
  name: string;
  color: string;
}
export interface TagWithCount extends Tag {
  count: number;
}

const DEFAULT_COLOR = '#1677ff';

export function listTags(db: ReadableDB): TagWithCount[] {
  return db
    .prepare(
      `SELECT t.id, t.name, t.color,
        (SELECT count(*) FROM case_tags ct JOIN cases c ON c.id = ct.case_id AND c.deleted_at IS NULL
         WHERE ct.tag_id = t.id) AS count
       FROM tags t ORDER BY t.name`,
    )
    .all() as TagWithCount[];
}

function requireTag(db: ReadableDB, id: number): Tag {
  const tag = db.prepare('SELECT id, name, color FROM tags WHERE id = ?').get(id) as Tag | undefined;
  if (!tag) throw new AppError('NOT_FOUND', `标签不存在（编号 ${id}）`);
  return tag;
}

function assertNameFree(db: ReadableDB, name: string, exceptId?: number): void {
  const other = db.prepare('SELECT id FROM tags WHERE name = ?').get(name) as { id: number } | undefined;
  if (other && other.id !== exceptId) throw new AppError('DUPLICATE', `已有名为“${name}”的标签`);
}

export function createTag(db: WritableDB, name: string, color = DEFAULT_COLOR): Tag {
  return db.transaction(() => {
    assertNameFree(db, name);
    const { lastInsertRowid } = db
      .prepare('INSERT INTO tags (name, color, created_at) VALUES (?, ?, ?)')
      .run(name, color, new Date().toISOString());
    bumpRevision(db);
    return requireTag(db, Number(lastInsertRowid));
  })();
}

export function updateTag(db: WritableDB, id: number, changes: { name?: string; color?: string }): Tag {
  return db.transaction(() => {
    const tag = requireTag(db, id);
    if (changes.name !== undefined) assertNameFree(db, changes.name, id);
    db.prepare('UPDATE tags SET name = ?, color = ? WHERE id = ?').run(
      changes.name ?? tag.name,
      changes.color ?? tag.color,
      id,
    );
    bumpRevision(db);
    return requireTag(db, id);
  })();
}

/** Deletes a tag and returns how many cases carried it. */
export function deleteTag(db: WritableDB, id: number): number {
  return db.transaction(() => {
    requireTag(db, id);
    const { n } = db.prepare('SELECT count(*) AS n FROM case_tags WHERE tag_id = ?').get(id) as { n: number };
    db.prepare('DELETE FROM tags WHERE id = ?').run(id);
    bumpRevision(db);
    return n;
  })();
}

/** Moves every case of `sourceId` onto `targetId` and removes the source tag. */
export function mergeTags(db: WritableDB, sourceId: number, targetId: number): Tag {
  if (sourceId === targetId) throw new AppError('BAD_INPUT', '不能把标签合并到它自己');
  return db.transaction(() => {
    requireTag(db, sourceId);
    requireTag(db, targetId);
    db.prepare(
      `INSERT OR IGNORE INTO case_tags (case_id, tag_id, created_at)
       SELECT case_id, ?, created_at FROM case_tags WHERE tag_id = ?`,
    ).run(targetId, sourceId);
    db.prepare('DELETE FROM tags WHERE id = ?').run(sourceId);
    bumpRevision(db);
    return requireTag(db, targetId);
  })();
}

export function assignTag(db: WritableDB, caseId: string, tagId: number): void {
  db.transaction(() => {
    requireTag(db, tagId);
    if (!db.prepare('SELECT 1 FROM cases WHERE id = ?').get(caseId)) {
      throw new AppError('NOT_FOUND', `找不到案例（编号 ${caseId}）`);
    }
    db.prepare('INSERT OR IGNORE INTO case_tags (case_id, tag_id, created_at) VALUES (?, ?, ?)').run(
      caseId,
      tagId,
      new Date().toISOString(),
    );
    bumpRevision(db);
  })();
}

export function unassignTag(db: WritableDB, caseId: string, tagId: number): void {
  db.transaction(() => {
    db.prepare('DELETE FROM case_tags WHERE case_id = ? AND tag_id = ?').run(caseId, tagId);
    bumpRevision(db);
  })();
}

export function tagsOfCase(db: ReadableDB, caseId: string): Tag[] {
  return db
    .prepare(
      `SELECT t.id, t.name, t.color FROM case_tags ct JOIN tags t ON t.id = ct.tag_id
       WHERE ct.case_id = ? ORDER BY t.name`,
    )
    .all(caseId) as Tag[];
}
