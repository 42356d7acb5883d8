import type { WritableDB } from '../db/connection';
import { beginLongTransaction } from '../db/longTransaction';

/** Cases written per step of a long commit before other requests get a turn. */
export const BATCH_SIZE = 200;

/** Lets queued requests (reads, job progress, cancel) run before the next batch. */
export const pauseForOthers = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Runs `work` in one transaction that spans many event-loop turns: `work` writes a batch, awaits
 * `pause`, writes the next. Any throw (a failed write, a cancelled job) rolls everything back.
 */
export type LongCommit = <T>(work: (pause: () => Promise<void>) => Promise<T>) => Promise<T>;

/** A long commit with no gate, for callers that own the connection (scripts, tests of core alone). */
export const ungatedLongCommit =
  (db: WritableDB): LongCommit =>
  async (work) => {
    const tx = beginLongTransaction(db);
    try {
      const value = await work(pauseForOthers);
      tx.commit();
      return value;
    } catch (e) {
      tx.rollback();
      throw e;
    }
  };
