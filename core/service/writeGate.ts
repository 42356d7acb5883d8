import type { OpName } from '../contract';

/**
 * Why a gate: a long commit (core/longCommit.ts) keeps ONE SQLite transaction open across many
 * event-loop turns on the library's only connection. Any other write in that window would land
 * inside that transaction (committed or rolled back with it), so writes wait at this gate while
 * a long commit runs; reads pass straight through and see the batches written so far.
 *
 * Ordinary writes share the gate (they may overlap each other as before); a long commit takes it
 * exclusively: it waits for writes already running, and writes arriving meanwhile queue behind it.
 */
export class WriteGate {
  private writers = 0;
  private exclusiveHeld = false;
  private exclusiveWaiting = 0;
  private waiters: (() => void)[] = [];

  private wake(): void {
    const waiting = this.waiters;
    this.waiters = [];
    for (const w of waiting) w();
  }

  private wait(): Promise<void> {
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /** Runs an ordinary write once no long commit holds or awaits the gate. */
  async shared<T>(fn: () => Promise<T>): Promise<T> {
    while (this.exclusiveHeld || this.exclusiveWaiting > 0) await this.wait();
    this.writers += 1;
    try {
      return await fn();
    } finally {
      this.writers -= 1;
      this.wake();
    }
  }

  /** Runs a long commit alone: after the writes in flight, before any write that arrives meanwhile. */
  async exclusive<T>(fn: () => Promise<T>): Promise<T> {
    this.exclusiveWaiting += 1;
    try {
      while (this.exclusiveHeld || this.writers > 0) await this.wait();
    } finally {
      this.exclusiveWaiting -= 1;
    }
    this.exclusiveHeld = true;
    try {
      return await fn();
    } finally {
      this.exclusiveHeld = false;
      this.wake();
    }
  }
}

/**
 * Operations that only read the library: they never wait at the gate. Everything not listed here
 * counts as a write (the safe default for a new operation). jobs.* must pass, or a long commit
 * could not be watched or cancelled.
 */
const READ_OPERATIONS: ReadonlySet<OpName> = new Set<OpName>([
  'backup.list',
  'cases.list',
  'cases.get',
  'cases.revisions',
  'cases.revision',
  'cases.related',
  'cases.instances',
  'collections.list',
  'collections.get',
  'highlights.list',
  'import.preview',
  'jobs.progress',
  'jobs.cancel',
  'keys.list',
  'library.info',
  'library.health',
  'notes.list',
  'packages.inspect',
  'packages.installed',
  'provisions.cases',
  'provisions.list',
  'recent.cases',
  'savedSearches.list',
  'search.query',
  'search.suggest',
  'search.recent',
  'search.indexStatus',
  'search.synonyms',
  'stats.summary',
  'stats.dashboard',
  'stats.provisionCases',
  'tags.list',
  'taxonomy.get',
]);

/** Operations that take the gate exclusively themselves, around their long transaction only. */
const LONG_COMMITS: ReadonlySet<OpName> = new Set<OpName>(['packages.import', 'import.commit']);

export type GateKind = 'read' | 'long' | 'write';

export const gateKindOf = (name: OpName): GateKind =>
  READ_OPERATIONS.has(name) ? 'read' : LONG_COMMITS.has(name) ? 'long' : 'write';
