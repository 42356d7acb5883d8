import type { ReadableDB, WritableDB } from '../connection';

/** SQL that merging a library package needs beyond the case repository. */

export interface CaseState {
  origin: string;
  revision: number;
  deletedAt: string | null;
}

export const caseState = (db: ReadableDB, id: string): CaseState | undefined =>
  db.prepare('SELECT origin, revision, deleted_at AS deletedAt FROM cases WHERE id = ?').get(id) as
    CaseState | undefined;

/** Why the version before `revision` was replaced ('save', 'package', 'restore:3' …), if it was. */
export const reasonForRevision = (db: ReadableDB, id: string, revision: number): string | undefined =>
  (
    db
      .prepare(
        'SELECT reason FROM case_revisions WHERE case_id = ? AND revision = ? ORDER BY id DESC LIMIT 1',
      )
      .get(id, revision - 1) as { reason: string } | undefined
  )?.reason;

/** From now on the case's text comes from packages; the caller's write has already bumped the revision. */
export function markFromPackage(db: WritableDB, id: string): void {
  db.prepare("UPDATE cases SET origin = 'package' WHERE id = ?").run(id);
}
