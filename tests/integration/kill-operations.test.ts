import { spawn } from 'node:child_process';
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
 * Kills a real child process (SIGKILL, no chance to clean up) in the middle of an import, a
 * save and a package import, then reopens the library: it must hold the state before or after
 * the operation, never a mix, pass PRAGMA integrity_check, and its search index must match it.
 * Delays come from a seeded generator so a failing run can be repeated.
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
afterAll(() => rmSync(tmp.dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 }));

function mulberry32(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TSX_LOADER_ARGS = [
  '--require',
  join(ROOT, 'node_modules', 'tsx', 'dist', 'preflight.cjs'),
  '--import',
  pathToFileURL(join(ROOT, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href,
];

/** Runs the child, kills it `delayMs` after it says "ready"; answers whether it finished first. */
function runAndKill(args: string[], delayMs: number): Promise<{ finished: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      // tsx's loader inside this very process (not the tsx CLI, which would run the work in a
      // grandchild that SIGKILL of the CLI leaves running as an orphan).
      [...TSX_LOADER_ARGS, join(ROOT, 'tests', 'helpers', 'killChild.ts'), ...args],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    let err = '';
    let timer: NodeJS.Timeout | undefined;
    // Only a safety net: a child that never gets going on a very busy machine is stopped eventually.
    const guard = setTimeout(() => child.kill('SIGKILL'), 150_000);
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (!timer && out.includes('ready')) timer = setTimeout(() => child.kill('SIGKILL'), delayMs);
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.once('exit', (code, signal) => {
      clearTimeout(guard);
      if (timer) clearTimeout(timer);
      if (!out.includes('ready')) reject(new Error(`child failed before starting (${code}):\n${err}`));
      else if (signal !== 'SIGKILL' && code !== 0) reject(new Error(`child failed (${code}):\n${err}`));
      else resolve({ finished: out.includes('done') });
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

function freshCopy(name: string): string {
  const file = tmp.path(`${name}.sqlite`);
  copyFileSync(starter, file);
  return file;
}

describe('killed mid-operation, the library is before or after, never in between', () => {
  it('case save', async () => {
    const random = mulberry32(9001);
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      const file = freshCopy(`save-${attempt}`);
      const db0 = openLibrary(file);
      const { id, revision: r0 } = db0
        .prepare('SELECT id, revision FROM cases ORDER BY seq LIMIT 1')
        .get() as {
        id: string;
        revision: number;
      };
      db0.close();
      await runAndKill(['save', file, id], 100 + Math.floor(random() * 900));
      const db = reopenChecked(file);
      const row = db.prepare('SELECT title, summary, revision FROM cases WHERE id = ?').get(id) as {
        title: string;
        summary: string;
        revision: number;
      };
      const saves = row.revision - r0;
      const ground = db.prepare('SELECT ground FROM case_loss_reasons WHERE case_id = ?').all(id) as {
        ground: string;
      }[];
      const kept = (
        db.prepare('SELECT count(*) AS n FROM case_revisions WHERE case_id = ?').get(id) as { n: number }
      ).n;
      if (saves > 0) {
        expect(row.title).toBe(`连续保存-${saves}`);
        expect(row.summary).toBe(`S-${saves}`);
        expect(ground).toEqual([{ ground: `G-${saves}` }]);
      }
      expect(kept).toBe(saves);
      db.close();
    }
  }, 480_000);

  it('import.commit of many drafts', async () => {
    const random = mulberry32(4242);
    const count = 150;
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      const file = freshCopy(`import-${attempt}`);
      const { finished } = await runAndKill(['import', file, String(count)], Math.floor(random() * 1500));
      const db = reopenChecked(file);
      const n = (
        db.prepare("SELECT count(*) AS n FROM cases WHERE title LIKE '批量导入-%'").get() as { n: number }
      ).n;
      expect([0, count]).toContain(n);
      if (finished) expect(n).toBe(count);
      db.close();
    }
  }, 480_000);

  it('package import', async () => {
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
      const { finished } = await runAndKill(['package', file, pkg], Math.floor(random() * 1500));
      const db = reopenChecked(file);
      const n = (db.prepare("SELECT count(*) AS n FROM cases WHERE id LIKE 'kill-%'").get() as { n: number })
        .n;
      const installed = db.prepare("SELECT 1 FROM settings WHERE key LIKE 'packages.installed.%'").get();
      expect([0, count]).toContain(n);
      expect(Boolean(installed)).toBe(n === count);
      if (finished) expect(n).toBe(count);
      db.close();
    }
  }, 480_000);
});
