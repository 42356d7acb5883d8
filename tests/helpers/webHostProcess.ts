import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pathToFileURL } from 'node:url';

const ROOT = join(import.meta.dirname, '..', '..');

/**
 * The web host as `npm run web` runs it (web/cli.ts) on `libraryPath`, on a free port. tsx's loader
 * runs in this child itself, so killing the child stops the host (no orphaned grandchild).
 */
export function spawnWebHost(
  libraryPath: string,
  userDataDir: string,
): ChildProcessByStdio<null, Readable, Readable> {
  return spawn(
    process.execPath,
    [
      '--require',
      join(ROOT, 'node_modules', 'tsx', 'dist', 'preflight.cjs'),
      '--import',
      pathToFileURL(join(ROOT, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href,
      join(ROOT, 'web', 'cli.ts'),
      '--port',
      '0',
      '--library',
      libraryPath,
      '--user-data',
      userDataDir,
    ],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
}
