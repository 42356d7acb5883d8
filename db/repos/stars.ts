import type { ReadableDB, WritableDB } from '../connection';
import { bumpRevision } from './meta';

export const isStarred = (db: ReadableDB, caseId: string): boolean =>
  db.prepare('SELECT 1 FROM stars WHERE case_id = ?').get(caseId) !== undefined;

export function setStar(db: WritableDB, caseId: string, starred: boolean): void {
  db.transaction(() => {
    if (starred) {
      db.prepare('INSERT OR IGNORE INTO stars (case_id, created_at) VALUES (?, ?)').run(
        caseId,
        new Date().toISOString(),
      );
    } else {
      db.prepare('DELETE FROM stars WHERE case_id = ?').run(caseId);
    }
    bumpRevision(db);
  })();
}
