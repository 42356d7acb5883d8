import type { WritableDB } from './connection';
import { AppError } from './errors';
import { libraryRevision, writeMeta } from './repos/meta';

/** Where revisions written inside a long transaction live: far above any revision a library reaches. */
const SCRATCH_BASE = 1e12;
const SCRATCH_STRIDE = 1e6;
let scratchRuns = 0;

export interface LongTransaction {
  commit(): void;
  rollback(): void;
}

/**
 * Opens ONE write transaction (BEGIN IMMEDIATE) that stays open across event-loop turns, so a long
 * commit can be written in batches and still be all-or-nothing. The caller must keep every other
 * writer off this connection until it commits or rolls back (core/service/writeGate.ts does).
 *
 * Readers on the same connection see the batches written so far. Caches across core are keyed by
 * the library revision, so while the transaction is open the revision lives in a scratch range
 * (unique per run in this process) that no committed revision ever reaches: a cache filled from
 * uncommitted rows can never be mistaken for committed state after a rollback (which restores
 * the revision exactly) or a commit (which lands at the old revision + 1, like any single write).
 */
export function beginLongTransaction(db: WritableDB): LongTransaction {
  if (db.inTransaction) {
    throw new AppError('BUSY', '案例库正在写入另一批内容，请稍后再试。');
  }
  db.prepare('BEGIN IMMEDIATE').run();
  const before = libraryRevision(db);
  scratchRuns += 1;
  writeMeta(db, 'revision', String(SCRATCH_BASE + scratchRuns * SCRATCH_STRIDE));
  return {
    commit() {
      writeMeta(db, 'revision', String(before + 1));
      db.prepare('COMMIT').run();
    },
    rollback() {
      if (db.inTransaction) db.prepare('ROLLBACK').run();
    },
  };
}
