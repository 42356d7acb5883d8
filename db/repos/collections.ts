import type { ReadableDB, WritableDB } from '../connection';
import { AppError } from '../errors';
import { bumpRevision } from './meta';

/** A casebook (案例汇编) as stored: cover fields, preface, options (JSON) and ordered chapters of case ids. */
export interface CollectionRecord {
  id: string;
  title: string;
  subtitle: string;
  issuer: string;
  issuedOn: string;
  preface: string;
  /** JSON text; the service validates it. */
  options: string;
  createdAt: string;
  updatedAt: string;
  chapters: { id: number; title: string; caseIds: string[] }[];
}

export interface CollectionListItem {
  id: string;
  title: string;
  subtitle: string;
  caseCount: number;
  updatedAt: string;
}

export interface CollectionFields {
  title: string;
  subtitle: string;
  issuer: string;
  issuedOn: string;
  preface: string;
  options: string;
}

export function listCollections(db: ReadableDB): CollectionListItem[] {
  return db
    .prepare(
      `SELECT co.id, co.title, co.subtitle, co.updated_at AS updatedAt,
        (SELECT count(*) FROM collection_items i JOIN collection_chapters ch ON ch.id = i.chapter_id
         WHERE ch.collection_id = co.id) AS caseCount
       FROM collections co ORDER BY co.updated_at DESC`,
    )
    .all() as CollectionListItem[];
}

export function getCollection(db: ReadableDB, id: string): CollectionRecord | undefined {
  const row = db
    .prepare(
      `SELECT id, title, subtitle, issuer, issued_on AS issuedOn, preface, options,
        created_at AS createdAt, updated_at AS updatedAt FROM collections WHERE id = @id`,
    )
    .get({ id }) as Omit<CollectionRecord, 'chapters'> | undefined;
  if (!row) return undefined;
  const chapters = db
    .prepare('SELECT id, title FROM collection_chapters WHERE collection_id = @id ORDER BY position')
    .all({ id }) as { id: number; title: string }[];
  const items = db.prepare(
    'SELECT case_id AS caseId FROM collection_items WHERE chapter_id = @chapterId ORDER BY position',
  );
  return {
    ...row,
    chapters: chapters.map((ch) => ({
      ...ch,
      caseIds: (items.all({ chapterId: ch.id }) as { caseId: string }[]).map((r) => r.caseId),
    })),
  };
}

export function requireCollection(db: ReadableDB, id: string): CollectionRecord {
  const found = getCollection(db, id);
  if (!found) throw new AppError('NOT_FOUND', `找不到案例汇编（编号 ${id}）`);
  return found;
}

/** Replaces the chapters and their ordered cases; a case appears once in a book (the first place wins). */
function writeChapters(db: WritableDB, id: string, chapters: { title: string; caseIds: string[] }[]): void {
  db.prepare('DELETE FROM collection_chapters WHERE collection_id = @id').run({ id });
  const insertChapter = db.prepare(
    'INSERT INTO collection_chapters (collection_id, title, position) VALUES (@id, @title, @position)',
  );
  const insertItem = db.prepare(
    'INSERT INTO collection_items (chapter_id, case_id, position) VALUES (@chapterId, @caseId, @position)',
  );
  const exists = db.prepare('SELECT 1 FROM cases WHERE id = @caseId');
  const seen = new Set<string>();
  chapters.forEach((ch, position) => {
    const chapterId = Number(insertChapter.run({ id, title: ch.title, position }).lastInsertRowid);
    let itemPosition = 0;
    for (const caseId of ch.caseIds) {
      if (seen.has(caseId)) continue;
      if (!exists.get({ caseId }))
        throw new AppError('NOT_FOUND', `章节“${ch.title}”中的案例不存在（编号 ${caseId}）`);
      seen.add(caseId);
      insertItem.run({ chapterId, caseId, position: itemPosition++ });
    }
  });
}

export function insertCollection(
  db: WritableDB,
  id: string,
  fields: CollectionFields,
  chapters: { title: string; caseIds: string[] }[],
): CollectionRecord {
  return db.transaction(() => {
    const now = new Date().toISOString();
    db.prepare(
      `INSERT INTO collections (id, title, subtitle, issuer, issued_on, preface, options, created_at, updated_at)
       VALUES (@id, @title, @subtitle, @issuer, @issuedOn, @preface, @options, @now, @now)`,
    ).run({ id, ...fields, now });
    writeChapters(db, id, chapters);
    bumpRevision(db);
    return requireCollection(db, id);
  })();
}

export function updateCollection(
  db: WritableDB,
  id: string,
  fields: Partial<CollectionFields>,
  chapters?: { title: string; caseIds: string[] }[],
): CollectionRecord {
  return db.transaction(() => {
    const current = requireCollection(db, id);
    const next = {
      ...current,
      ...Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)),
    };
    db.prepare(
      `UPDATE collections SET title = @title, subtitle = @subtitle, issuer = @issuer, issued_on = @issuedOn,
        preface = @preface, options = @options, updated_at = @now WHERE id = @id`,
    ).run({
      id,
      title: next.title,
      subtitle: next.subtitle,
      issuer: next.issuer,
      issuedOn: next.issuedOn,
      preface: next.preface,
      options: next.options,
      now: new Date().toISOString(),
    });
    if (chapters) writeChapters(db, id, chapters);
    bumpRevision(db);
    return requireCollection(db, id);
  })();
}

export function deleteCollection(db: WritableDB, id: string): void {
  db.transaction(() => {
    const { changes } = db.prepare('DELETE FROM collections WHERE id = @id').run({ id });
    if (changes !== 1) throw new AppError('NOT_FOUND', `找不到案例汇编（编号 ${id}）`);
    bumpRevision(db);
  })();
}
