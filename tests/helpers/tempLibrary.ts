import { afterEach, beforeEach } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildStarterLibrary } from '../../core/library/starter';
import { openService, type Service } from '../../core/service';

export interface TempDir {
  dir: string;
  path(name: string): string;
  remove(): void;
}

export function tempDir(prefix = 'anjian-test-'): TempDir {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return {
    dir,
    path: (name) => join(dir, name),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** A real library file in a temp folder, built from the starter library, with the service over it. */
export function starterService(tmp: TempDir): Service {
  const file = tmp.path('library.sqlite');
  buildStarterLibrary(file).close();
  return openService(file, { platform: { userDataDir: tmp.path('user-data') } });
}

/** An empty library (migrated, no cases) with the service over it. */
export function emptyService(tmp: TempDir): Service {
  return openService(tmp.path('empty.sqlite'), { platform: { userDataDir: tmp.path('user-data') } });
}

/**
 * A service over a fresh library for each test of the file: `const lib = serviceEachTest(emptyService)`,
 * then `lib.service` inside tests. Closed and removed after each test.
 */
export function serviceEachTest(make: (tmp: TempDir) => Service): {
  readonly service: Service;
  readonly tmp: TempDir;
} {
  let current: { service: Service; tmp: TempDir } | undefined;
  beforeEach(() => {
    const tmp = tempDir();
    current = { tmp, service: make(tmp) };
  });
  afterEach(() => {
    current?.service.close();
    current?.tmp.remove();
    current = undefined;
  });
  return {
    get service() {
      if (!current) throw new Error('serviceEachTest: used outside a test');
      return current.service;
    },
    get tmp() {
      if (!current) throw new Error('serviceEachTest: used outside a test');
      return current.tmp;
    },
  };
}
