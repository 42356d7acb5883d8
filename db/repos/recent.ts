import type { ReadableDB, WritableDB } from '../connection';

export interface RecentCase {
  id: string;
  title: string;
  caseNumber: string;
  openedAt: string;
}

/** How many opened cases the history keeps. */
const KEEP = 50;

export function listRecentCases(db: ReadableDB, limit: number): RecentCase[] {
  return db
    .prepare(
      `SELECT c.id, c.title, c.case_number AS caseNumber, r.opened_at AS openedAt
       FROM recent_cases r JOIN cases c ON c.id = r.case_id AND c.deleted_at IS NULL
       ORDER BY r.opened_at DESC LIMIT @limit`,
    )
    .all({ limit }) as RecentCase[];
}

/**
 * Notes that a case was opened. This is the reader's navigation history, not library content,
 * so unlike every other write it leaves the library revision alone: opening a case must not
 * make derived data (indexes, caches keyed on the revision) look stale.
 */
export function recordRecentCase(db: WritableDB, caseId: string, now = new Date().toISOString()): void {
  db.transaction(() => {
    db.prepare(
      `INSERT INTO recent_cases (case_id, opened_at) SELECT id, @now FROM cases WHERE id = @caseId
       ON CONFLICT (case_id) DO UPDATE SET opened_at = excluded.opened_at`,
    ).run({ caseId, now });
    db.prepare(
      `DELETE FROM recent_cases WHERE case_id NOT IN
        (SELECT case_id FROM recent_cases ORDER BY opened_at DESC LIMIT @keep)`,
    ).run({ keep: KEEP });
  })();
}
