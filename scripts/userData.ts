import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * The folder Electron's app.getPath('userData') gives 案鉴 on each platform, so that the app and
 * the browser fallback of `npm start` keep the user's library (and its backups) in the same place.
 */
export function appUserDataDir(): string {
  const name = '案鉴';
  if (process.platform === 'win32')
    return join(process.env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), name);
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Application Support', name);
  return join(process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), name);
}
