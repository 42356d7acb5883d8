import type { ReadableDB, WritableDB } from '../connection';
import { AppError } from '../errors';
import { bumpRevision } from './meta';

/** The sections of a case a user may highlight (the plain text of the rendered field). */
export const HIGHLIGHT_FIELDS = ['summary', 'issues', 'ruling', 'analysis', 'lessons', 'fullText'] as const;
export type HighlightField = (typeof HIGHLIGHT_FIELDS)[number];

/**
 * A passage the user marked, as a character range of the field's plain text plus the quoted
 * text itself, so the passage can be found again if a library update shifts the offsets.
 */
export interface Highlight {
  id: number;
  caseId: string;
  caseTitle: string;
  field: HighlightField;
  start: number;
  end: number;
  quote: string;
  comment: string;
  color: string;
  createdAt: string;
  updatedAt: string;
}

export interface NewHighlight {
  caseId: string;
  field: HighlightField;
  start: number;
  end: number;
  quote: string;
  comment: string;
  color: string;
}

const SELECT = `SELECT h.id, h.case_id AS caseId, c.title AS caseTitle, h.field, h.start, h."end", h.quote,
  h.comment, h.color, h.created_at AS createdAt, h.updated_at AS updatedAt
  FROM highlights h JOIN cases c ON c.id = h.case_id`;

/** Highlights of one case in reading order, or every highlight, most recently changed first. */
export function listHighlights(db: ReadableDB, caseId?: string): Highlight[] {
  return (
    caseId
      ? db.prepare(`${SELECT} WHERE h.case_id = @caseId ORDER BY h.field, h.start`).all({ caseId })
      : db.prepare(`${SELECT} WHERE c.deleted_at IS NULL ORDER BY h.updated_at DESC`).all()
  ) as Highlight[];
}

function requireHighlight(db: ReadableDB, id: number): Highlight {
  const found = db.prepare(`${SELECT} WHERE h.id = @id`).get({ id }) as Highlight | undefined;
  if (!found) throw new AppError('NOT_FOUND', `标注不存在（编号 ${id}）`);
  return found;
}

export function createHighlight(db: WritableDB, input: NewHighlight): Highlight {
  if (input.end <= input.start) throw new AppError('BAD_INPUT', '标注的结束位置应在开始位置之后');
  return db.transaction(() => {
    if (!db.prepare('SELECT 1 FROM cases WHERE id = @id').get({ id: input.caseId })) {
      throw new AppError('NOT_FOUND', `找不到案例（编号 ${input.caseId}）`);
    }
    const now = new Date().toISOString();
    const { lastInsertRowid } = db
      .prepare(
        `INSERT INTO highlights (case_id, field, start, "end", quote, comment, color, created_at, updated_at)
         VALUES (@caseId, @field, @start, @end, @quote, @comment, @color, @now, @now)`,
      )
      .run({ ...input, now });
    bumpRevision(db);
    return requireHighlight(db, Number(lastInsertRowid));
  })();
}

export function updateHighlight(
  db: WritableDB,
  id: number,
  changes: { comment?: string; color?: string },
): Highlight {
  return db.transaction(() => {
    const old = requireHighlight(db, id);
    db.prepare(
      'UPDATE highlights SET comment = @comment, color = @color, updated_at = @now WHERE id = @id',
    ).run({
      id,
      comment: changes.comment ?? old.comment,
      color: changes.color ?? old.color,
      now: new Date().toISOString(),
    });
    bumpRevision(db);
    return requireHighlight(db, id);
  })();
}

export function deleteHighlight(db: WritableDB, id: number): void {
  db.transaction(() => {
    const result = db.prepare('DELETE FROM highlights WHERE id = @id').run({ id });
    if (result.changes !== 1) throw new AppError('NOT_FOUND', `标注不存在（编号 ${id}）`);
    bumpRevision(db);
  })();
}
