import Database from 'better-sqlite3';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildStarterLibrary } from '../../core/library/starter';
import { openService } from '../../core/service';
import { openLibrary } from '../../db/connection';
import { lockPathOf } from '../../db/libraryLock';
import { tempDir, type TempDir } from '../helpers/tempLibrary';

const ROOT = join(import.meta.dirname, '..', '..');
const TSX = [
  '--require',
  join(ROOT, 'node_modules', 'tsx', 'dist', 'preflight.cjs'),
  '--import',
  pathToFileURL(join(ROOT, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href,
];

let tmp: TempDir;
let library: string;
const children: ChildProcess[] = [];
beforeEach(() => {
  tmp = tempDir('anjian-lock-');
  library = tmp.path('library.sqlite');
  buildStarterLibrary(library).close();
});
afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
  tmp.remove();
});

/** Starts a second real process on the library; answers its first line ("opened" or "refused …"). */
function otherProcess(): Promise<{ child: ChildProcess; line: string }> {
  const child = spawn(process.execPath, [...TSX, join(ROOT, 'tests', 'helpers', 'holdLibrary.ts'), library], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('\n')) resolve({ child, line: out.split('\n')[0]! });
    });
    child.once('exit', (code) => {
      if (!out.includes('\n')) reject(new Error(`child exited ${code} before answering`));
    });
  });
}

const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) =>
    child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve()),
  );

describe('one process per library', () => {
  it('a second process is refused while the first holds the library, and may open it after the first is gone', async () => {
    const { child, line } = await otherProcess();
    expect(line).toBe('opened');
    let refusal: { code?: string; message?: string } = {};
    try {
      openService(library, { platform: { userDataDir: tmp.path('u') } }).close();
    } catch (e) {
      refusal = e as typeof refusal;
    }
    expect(refusal.code).toBe('LIBRARY_IN_USE');
    expect(refusal.message).toContain(`进程号 ${child.pid}`);
    expect(refusal.message).toMatch(/同一时间只能由一个案鉴窗口或服务打开/);

    // Killed without closing (a crash): its lock is stale and is taken over.
    child.kill('SIGKILL');
    await exited(child);
    const service = openService(library, { platform: { userDataDir: tmp.path('u') } });
    expect((await service.call('library.info', {})).revision).toBeGreaterThan(0);

    // Now this process holds it: the other is refused.
    const second = await otherProcess();
    expect(second.line).toMatch(/^refused .*进程号 \d+/);
    service.close();
    expect(existsSync(lockPathOf(library))).toBe(false);
  });
});

describe('write transactions', () => {
  it('begin immediately and wait for the busy timeout', () => {
    const db = openLibrary(library);
    try {
      expect(db.pragma('busy_timeout', { simple: true })).toBeGreaterThanOrEqual(5000);
      // An immediate transaction holds the write lock from its first statement: a raw connection
      // from this process cannot take it meanwhile.
      const other = new Database(library, { timeout: 0 });
      try {
        db.transaction(() => {
          expect(() => other.exec('BEGIN IMMEDIATE')).toThrow(/locked|busy/i);
        })();
      } finally {
        other.close();
      }
    } finally {
      db.close();
    }
  });
});
