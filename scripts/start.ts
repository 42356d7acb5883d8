// `npm start`: the Electron app on the user's library; where Electron cannot be had, the same app in the browser.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildStarterLibrary } from '../core/library/starter';
import { ensureElectronNative } from './electron-native';
import { npx, ROOT, run, tryInstallElectron } from './electron-runtime';

const electron = tryInstallElectron();
if (!electron) {
  console.log(
    '案鉴: Electron 运行时不可用（未安装且无法下载），改为在浏览器中提供同一应用 — Electron runtime unavailable, serving the web app instead.',
  );
  run('npm', ['run', 'web', '--', ...process.argv.slice(2)]);
} else {
  const starter = join(ROOT, 'out', 'starter', 'library.sqlite');
  if (!existsSync(starter)) buildStarterLibrary(starter).close();
  ensureElectronNative();
  run(npx('electron-vite'), ['build']);
  const child = spawn(electron, ['.'], { cwd: ROOT, stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
}
