import { app } from 'electron';
import { join } from 'node:path';

/** Where the app finds what it ships, in development (the source tree) and when packaged (resources/). */
export const appPaths = {
  renderer: () => join(import.meta.dirname, '..', 'renderer'),
  starterLibrary: () =>
    app.isPackaged
      ? join(process.resourcesPath, 'starter', 'library.sqlite')
      : join(app.getAppPath(), 'out', 'starter', 'library.sqlite'),
  /** In development, better-sqlite3 built for Electron lives apart from the Node build in node_modules. */
  nativeBinding: () =>
    app.isPackaged ? undefined : join(app.getAppPath(), '.cache', 'electron-native', 'better_sqlite3.node'),
  library: () => join(app.getPath('userData'), 'library.sqlite'),
};
