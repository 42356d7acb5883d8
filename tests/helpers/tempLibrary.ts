import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
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

export interface ManagedService {
  readonly service: Service;
  readonly tmp: TempDir;
}

/** A service made by `make` in a fresh temp folder around each test (`each`) or the whole file (`all`). */
function managedService(make: (tmp: TempDir) => Service, scope: 'each' | 'all'): ManagedService {
  let current: { service: Service; tmp: TempDir } | undefined;
  const open = () => {
    const tmp = tempDir();
    current = { tmp, service: make(tmp) };
  };
  const close = () => {
    current?.service.close();
    current?.tmp.remove();
    current = undefined;
  };
  if (scope === 'each') {
    beforeEach(open);
    afterEach(close);
  } else {
    beforeAll(open);
    afterAll(close);
  }
  const name = scope === 'each' ? 'serviceEachTest' : 'serviceForFile';
  return {
    get service() {
      if (!current) throw new Error(`${name}: used outside a test`);
      return current.service;
    },
    get tmp() {
      if (!current) throw new Error(`${name}: used outside a test`);
      return current.tmp;
    },
  };
}

/**
 * A service over a fresh library for each test of the file: `const lib = serviceEachTest(emptyService)`,
 * then `lib.service` inside tests. Closed and removed after each test.
 */
export const serviceEachTest = (make: (tmp: TempDir) => Service): ManagedService =>
  managedService(make, 'each');

/**
 * One service for all the tests of a file (or describe block), for tests that read more than
 * they write: `const lib = serviceForFile(starterService)`. Closed and removed after the last test.
 */
export const serviceForFile = (make: (tmp: TempDir) => Service): ManagedService =>
  managedService(make, 'all');
