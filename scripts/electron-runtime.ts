import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
export const ROOT = join(import.meta.dirname, '..');

/** The Electron executable, or undefined when its binary is not installed (no download possible). */
export function electronBinary(): string | undefined {
  try {
    return require('electron') as string;
  } catch {
    return undefined;
  }
}

/**
 * `npm install` skips Electron's binary download (package.json allowScripts), so that install
 * works on machines without access to GitHub. Try the download once, quietly, where it is wanted.
 */
export function tryInstallElectron(): string | undefined {
  const existing = electronBinary();
  if (existing) return existing;
  const installer = join(ROOT, 'node_modules', 'electron', 'install.js');
  const result = spawnSync(process.execPath, [installer], { stdio: 'ignore', timeout: 5 * 60_000 });
  if (result.status !== 0) return undefined;
  delete require.cache[require.resolve('electron')];
  return electronBinary();
}

export function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): void {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed with exit code ${result.status ?? result.signal}`);
  }
}

export const npx = (bin: string) => join(ROOT, 'node_modules', '.bin', bin);
