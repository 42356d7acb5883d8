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

/** Ids of the cases a full package publishes: every reviewed case outside the trash, in library order. */
export const publishableCaseIds = (db: ReadableDB): string[] =>
  (
    db
      .prepare("SELECT id FROM cases WHERE deleted_at IS NULL AND status = 'reviewed' ORDER BY seq")
      .all() as { id: string }[]
  ).map((r) => r.id);

/** Cases in the trash, which a full package lists as withdrawn. */
export const trashedCases = (db: ReadableDB): { id: string; title: string }[] =>
  db.prepare('SELECT id, title FROM cases WHERE deleted_at IS NOT NULL ORDER BY seq').all() as {
    id: string;
    title: string;
  }[];

const INSTALLED_PREFIX = 'packages.installed.';

/** The settings that record an installed package, one per source library id, as stored (JSON text). */
export const installedPackageRecords = (db: ReadableDB): { libraryId: string; json: string }[] =>
  (
    db
      .prepare('SELECT key, value FROM settings WHERE key LIKE ? ORDER BY key')
      .all(`${INSTALLED_PREFIX}%`) as { key: string; value: string }[]
  ).map(({ key, value }) => ({ libraryId: key.slice(INSTALLED_PREFIX.length), json: value }));
