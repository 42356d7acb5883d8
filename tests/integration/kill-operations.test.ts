import { spawn, type ChildProcess } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { integrityCheck } from '../../db/backup';
import { openLibrary, type WritableDB } from '../../db/connection';
import { buildStarterLibrary } from '../../core/library/starter';
import { openService } from '../../core/service';
import { forgePackage, forgedCase } from '../helpers/packageForge';
import { tempDir, type TempDir } from '../helpers/tempLibrary';
import { copyFileSync, rmSync } from 'node:fs';

/**
 * Kills a real child process (SIGKILL, no chance to clean up) in the middle of a save, an import
 * and a package import, then reopens the library: it must pass PRAGMA integrity_check, hold the
 * state before or after each transaction — never a mix — and its search index must match it.
 * The child stops inside its write transaction (tests/helpers/killChild.ts) and says so, so every
 * run is known to be killed mid-write; the row it stops at comes from a seeded generator so a
 * failing run can be repeated.
 */
const ROOT = join(import.meta.dirname, '..', '..');
const ATTEMPTS = 3;

let tmp: TempDir;
let starter: string;
beforeAll(async () => {
  tmp = tempDir('anjian-kill-');
  starter = tmp.path('starter.sqlite');
  buildStarterLibrary(starter).close();
  // A first search builds the index, so every copy starts with a complete, current index to check.
  const service = openService(starter, { platform: { userDataDir: tmp.path('user-data') } });
  await service.call('search.query', { q: '听证' });
  service.close();
});
/** Children still running when the file ends (a test that failed by its timeout): none is left behind. */
const running = new Set<ChildProcess>();
afterAll(() => {
  for (const child of running) child.kill('SIGKILL');
  rmSync(tmp.dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
});

function mulberry32(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
/** A whole number from `min` to `max` inclusive. */
const between = (random: () => number, min: number, max: number) =>
  min + Math.floor(random() * (max - min + 1));

const TSX_LOADER_ARGS = [
  '--require',
  join(ROOT, 'node_modules', 'tsx', 'dist', 'preflight.cjs'),
  '--import',
  pathToFileURL(join(ROOT, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href,
];

interface Kill {
  /** The row of the operation the child was writing when it was killed. */
  row: number;
  /** Whether its connection had a transaction open at that moment. */
  inTransaction: boolean;
  /** WAL file size when the operation started and when it was killed. */
  walAtReady: number;
  walAtKill: number;
}

/**
 * Runs the child and SIGKILLs it the moment it reports that it is inside its write. Refuses a run
 * in which the child ends any other way: every run must be a kill mid-write.
 */
function runAndKill(op: string, file: string, stopAt: number, arg: string): Promise<Kill> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      // tsx's loader inside this very process (not the tsx CLI, which would run the work in a
      // grandchild that SIGKILL of the CLI leaves running as an orphan).
      [...TSX_LOADER_ARGS, join(ROOT, 'tests', 'helpers', 'killChild.ts'), op, file, String(stopAt), arg],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    running.add(child);
    let out = '';
    let err = '';
    let kill: Kill | undefined;
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const ready = /^ready (\d+)$/m.exec(out);
      const mid = /^mid-write (\d+) (true|false) (\d+)$/m.exec(out);
      if (ready && mid && !kill) {
        kill = {
          row: Number(mid[1]),
          inTransaction: mid[2] === 'true',
          walAtReady: Number(ready[1]),
          walAtKill: Number(mid[3]),
        };
        child.kill('SIGKILL');
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.once('exit', (code, signal) => {
      running.delete(child);
      if (kill && signal === 'SIGKILL') resolve(kill);
      else reject(new Error(`child was not killed mid-write (exit ${code}, ${signal}):\n${out}\n${err}`));
    });
  });
}

/** Reopens after the kill (WAL recovery), checks integrity and that the search index matches the cases. */
function reopenChecked(file: string): WritableDB {
  const db = openLibrary(file, { mustExist: true });
  expect(integrityCheck(db)).toEqual([]);
  const stale = (
    db.prepare("SELECT value FROM meta WHERE key = 'search.index_stale'").get() as
      { value: string } | undefined
  )?.value;
  const hasIndex = db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'search_fts_docsize'").get();
  if (hasIndex) {
    // The writes under test keep the index current in their own transactions; it must never be left stale.
    expect(stale).toBe('0');
    const orphans = db
      .prepare(
        `SELECT count(*) AS n FROM search_fts_docsize d
         LEFT JOIN cases c ON c.seq = d.id AND c.deleted_at IS NULL WHERE c.id IS NULL`,
      )
      .get() as { n: number };
    const missing = db
      .prepare(
        `SELECT count(*) AS n FROM cases c WHERE c.deleted_at IS NULL
         AND NOT EXISTS (SELECT 1 FROM search_fts_docsize d WHERE d.id = c.seq)`,
      )
      .get() as { n: number };
    expect({ orphans: orphans.n, missing: missing.n }).toEqual({ orphans: 0, missing: 0 });
  }
  return db;
}

/** The library revision (meta), which every committed write moves. */
const libraryRevision = (file: string): number => {
  const db = openLibrary(file, { mustExist: true });
  const row = db.prepare("SELECT value FROM meta WHERE key = 'revision'").get() as { value: string };
  db.close();
  return Number(row.value);
};

function freshCopy(name: string): string {
  const file = tmp.path(`${name}.sqlite`);
  copyFileSync(starter, file);
  return file;
}

describe('killed mid-write, the library is before or after each transaction, never in between', () => {
  it('case save: killed inside the k-th save, the first k−1 saves are kept whole and the k-th is absent', async () => {
    const random = mulberry32(9001);
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      const file = freshCopy(`save-${attempt}`);
      const db0 = openLibrary(file);
      const before = db0
        .prepare('SELECT id, title, summary, revision FROM cases ORDER BY seq LIMIT 1')
        .get() as {
        id: string;
        title: string;
        summary: string;
        revision: number;
      };
      db0.close();
      const revision0 = libraryRevision(file);
      const stopAt = between(random, 1, 4);
      const kill = await runAndKill('save', file, stopAt, before.id);
      expect(kill).toMatchObject({ row: stopAt, inTransaction: true });

      const db = reopenChecked(file);
      const saved = stopAt - 1;
      const row = db.prepare('SELECT title, summary, revision FROM cases WHERE id = ?').get(before.id);
      expect(row).toEqual(
        saved === 0
          ? { title: before.title, summary: before.summary, revision: before.revision }
          : { title: `连续保存-${saved}`, summary: `S-${saved}`, revision: before.revision + saved },
      );
      if (saved > 0) {
        expect(db.prepare('SELECT ground FROM case_loss_reasons WHERE case_id = ?').all(before.id)).toEqual([
          { ground: `G-${saved}` },
        ]);
      }
      const kept = db.prepare('SELECT count(*) AS n FROM case_revisions WHERE case_id = ?').get(before.id);
      expect(kept).toEqual({ n: saved });
      db.close();
      expect(libraryRevision(file)).toBe(revision0 + saved);
    }
  }, 480_000);

  it('import.commit of many drafts: killed inside the one transaction, not one draft is kept', async () => {
    const random = mulberry32(4242);
    const count = 150;
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      const file = freshCopy(`import-${attempt}`);
      const revision0 = libraryRevision(file);
      // Late enough in the batch that the transaction has spilled pages into the WAL.
      const stopAt = between(random, count / 2, count);
      const kill = await runAndKill('import', file, stopAt, String(count));
      expect(kill).toMatchObject({ row: stopAt, inTransaction: true });
      // Uncommitted frames reached the disk before the kill: recovery had something to discard.
      expect(kill.walAtKill).toBeGreaterThan(kill.walAtReady);

      const db = reopenChecked(file);
      const n = db.prepare("SELECT count(*) AS n FROM cases WHERE title LIKE '批量导入-%'").get();
      expect(n).toEqual({ n: 0 });
      db.close();
      expect(libraryRevision(file)).toBe(revision0);
    }
  }, 480_000);

  it('package import: killed inside the merge, no case of the package and no installed version is kept', async () => {
    const random = mulberry32(777);
    const count = 200;
    const pkg = tmp.path('kill.anjian');
    forgePackage(pkg, {
      cases: Array.from({ length: count }, (_, i) => ({
        ...forgedCase(`kill-${i}`, `包内案例-${i}`),
        fullText: `包内裁判文书${i}。`.repeat(400),
      })),
    });
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      const file = freshCopy(`package-${attempt}`);
      const revision0 = libraryRevision(file);
      const stopAt = between(random, count / 2, count);
      const kill = await runAndKill('package', file, stopAt, pkg);
      expect(kill).toMatchObject({ row: stopAt, inTransaction: true });
      expect(kill.walAtKill).toBeGreaterThan(kill.walAtReady);

      const db = reopenChecked(file);
      const n = db.prepare("SELECT count(*) AS n FROM cases WHERE id LIKE 'kill-%'").get();
      const installed = db.prepare("SELECT 1 FROM settings WHERE key LIKE 'packages.installed.%'").get();
      expect(n).toEqual({ n: 0 });
      expect(installed).toBeUndefined();
      db.close();
      expect(libraryRevision(file)).toBe(revision0);
    }
  }, 480_000);
});
