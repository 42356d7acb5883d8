import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ROOT, run } from './electron-runtime';

const require = createRequire(import.meta.url);
const CACHE = join(ROOT, '.cache', 'electron-native');
export const ELECTRON_NATIVE_BINDING = join(CACHE, 'better_sqlite3.node');

/**
 * Builds better-sqlite3 for Electron's ABI in .cache/electron-native, leaving the Node build in
 * node_modules untouched: tests and the web host keep loading the Node build, and the app loads
 * this one through better-sqlite3's nativeBinding option. Rebuilt when the Electron version changes.
 */
export function ensureElectronNative(): string {
  const electronVersion = (require('electron/package.json') as { version: string }).version;
  const stamp = join(CACHE, 'electron-version');
  if (
    existsSync(ELECTRON_NATIVE_BINDING) &&
    existsSync(stamp) &&
    readFileSync(stamp, 'utf8') === electronVersion
  ) {
    return ELECTRON_NATIVE_BINDING;
  }
  const moduleDir = join(CACHE, 'node_modules', 'better-sqlite3');
  mkdirSync(CACHE, { recursive: true });
  writeFileSync(join(CACHE, 'package.json'), JSON.stringify({ name: 'electron-native', private: true }));
  cpSync(join(ROOT, 'node_modules', 'better-sqlite3'), moduleDir, {
    recursive: true,
    filter: (src) => !src.includes(`${join('better-sqlite3', 'build')}`),
  });
  // node-gyp against Electron's headers (what @electron/rebuild does, without its GitHub-hosted fork).
  run(process.execPath, [
    require.resolve('node-gyp/bin/node-gyp.js'),
    'rebuild',
    '--release',
    `--directory=${moduleDir}`,
    `--target=${electronVersion}`,
    `--arch=${process.arch}`,
    '--runtime=electron',
    '--dist-url=https://electronjs.org/headers',
  ]);
  copyFileSync(join(moduleDir, 'build', 'Release', 'better_sqlite3.node'), ELECTRON_NATIVE_BINDING);
  writeFileSync(stamp, electronVersion);
  return ELECTRON_NATIVE_BINDING;
}
