// `npm run dist [-- --win|--linux]`: installers with electron-builder (config in build/electron-builder.json).
import { buildStarterLibrary } from '../core/library/starter';
import { npx, ROOT, run, tryInstallElectron } from './electron-runtime';
import { join } from 'node:path';

if (!tryInstallElectron()) {
  console.error('npm run dist 需要 Electron 运行时（无法下载时不能打包安装程序）。');
  process.exit(1);
}
buildStarterLibrary(join(ROOT, 'out', 'starter', 'library.sqlite')).close();
run(npx('electron-vite'), ['build']);
try {
  // electron-builder rebuilds better-sqlite3 inside node_modules for each target (install-app-deps)…
  run(npx('electron-builder'), ['--config', 'build/electron-builder.json', ...process.argv.slice(2)]);
} finally {
  // …so put the Node build back for the tests and the web host.
  run('npm', ['rebuild', 'better-sqlite3']);
}
