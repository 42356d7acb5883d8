import type { ReadableDB, WritableDB } from '../connection';
import { AppError } from '../errors';
import { bumpRevision } from './meta';

/** The user's own note on a case (one Markdown document per case). */
export interface Note {
  id: number;
  caseId: string;
  caseTitle: string;
  body: string;
  createdAt: string;
  updatedAt: string;
}

const SELECT = `SELECT n.id, n.case_id AS caseId, c.title AS caseTitle, n.body, n.created_at AS createdAt,
  n.updated_at AS updatedAt FROM notes n JOIN cases c ON c.id = n.case_id`;

export function listNotes(db: ReadableDB, caseId?: string): Note[] {
  return (
    caseId
      ? db.prepare(`${SELECT} WHERE n.case_id = ?`).all(caseId)
      : db.prepare(`${SELECT} ORDER BY n.updated_at DESC`).all()
  ) as Note[];
}

/** Writes the note of a case; an empty body removes it. Returns the note, or null when removed. */
export function saveNote(db: WritableDB, caseId: string, body: string): Note | null {
  return db.transaction(() => {
    if (!db.prepare('SELECT 1 FROM cases WHERE id = ?').get(caseId)) {
      throw new AppError('NOT_FOUND', `找不到案例（编号 ${caseId}）`);
    }
    const now = new Date().toISOString();
    if (body.trim() === '') {
      db.prepare('DELETE FROM notes WHERE case_id = ?').run(caseId);
    } else {
      db.prepare(
        `INSERT INTO notes (case_id, body, created_at, updated_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (case_id) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at`,
      ).run(caseId, body, now, now);
    }
    bumpRevision(db);
    return listNotes(db, caseId)[0] ?? null;
  })();
}

export function deleteNote(db: WritableDB, id: number): void {
  db.transaction(() => {
    const result = db.prepare('DELETE FROM notes WHERE id = ?').run(id);
    if (result.changes !== 1) throw new AppError('NOT_FOUND', `笔记不存在（编号 ${id}）`);
    bumpRevision(db);
  })();
}
