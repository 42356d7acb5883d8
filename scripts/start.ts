// `npm start`: the Electron app on the user's library; where Electron cannot be had, the same app in the browser.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildStarterLibrary } from '../core/library/starter';
import { ensureElectronNative } from './electron-native';
import { npx, ROOT, run, tryInstallElectron } from './electron-runtime';
import { appUserDataDir } from './userData';

const electron = tryInstallElectron();
if (!electron) {
  console.log(
    '案鉴: Electron 运行时不可用（未安装且无法下载），改为在浏览器中提供同一应用 — Electron runtime unavailable, serving the web app instead.',
  );
  const args = process.argv.slice(2);
  // The user's own library, where the desktop app keeps it, unless another one was named.
  if (!args.includes('--library')) {
    const dir = appUserDataDir();
    args.push('--library', join(dir, 'library.sqlite'), '--user-data', dir);
  }
  run('npm', ['run', 'web', '--', ...args]);
} else {
  const starter = join(ROOT, 'out', 'starter', 'library.sqlite');
  if (!existsSync(starter)) buildStarterLibrary(starter).close();
  ensureElectronNative();
  run(npx('electron-vite'), ['build']);
  const child = spawn(electron, ['.'], { cwd: ROOT, stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
}
