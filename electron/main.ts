import { app, dialog, Menu, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { openLibraryWithRecovery } from '../core/backup/recovery';
import { listBackups } from '../core/backup/store';
import type { Service } from '../core/service';
import { registerIpc } from './ipc';
import { buildMenu } from './menu';
import { appPaths } from './paths';
import { chooseOpenPath, chooseSavePath, revealPath } from './exportFiles';
import { electronPrintToPdf } from './print';
import { APP_ORIGIN, registerAppScheme, serveRenderer } from './protocol';
import { isAppPageUrl } from './externalLinks';
import { createMainWindow, denyAllPermissions, lockDownEveryWebContents } from './window';

let mainWindow: BrowserWindow | undefined;
let service: Service | undefined;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  registerAppScheme();
  app.enableSandbox();
  void app.whenReady().then(start);
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => service?.close());
}

/**
 * On first run the bundled starter library becomes the user's library. A missing library with
 * backups beside it is not a first run: recovery offers the backups instead.
 */
function ensureLibrary(): string {
  const library = appPaths.library();
  if (!existsSync(library) && !listBackups(library).length) {
    mkdirSync(dirname(library), { recursive: true });
    copyFileSync(appPaths.starterLibrary(), library);
  }
  return library;
}

async function start(): Promise<void> {
  try {
    // Integrity check and daily backup; a damaged library opens in recovery mode (the renderer
    // shows the recovery screen from library.health), never as a crash or an empty library.
    service = await openLibraryWithRecovery(ensureLibrary(), {
      nativeBinding: appPaths.nativeBinding(),
      platform: {
        userDataDir: app.getPath('userData'),
        nativeBinding: appPaths.nativeBinding(),
        printToPdf: electronPrintToPdf,
        chooseSavePath,
        chooseOpenPath,
        revealPath,
        // Only what the save/open dialogs returned since the start may be written or read.
        fileAccess: 'dialog',
      },
    });
  } catch (e) {
    dialog.showErrorBox('案鉴无法打开案例库', (e as Error).message);
    app.quit();
    return;
  }
  // IPC is answered only for our own window's page on app://anjian (not a subframe of another origin).
  const isTrustedSender = (event: IpcMainInvokeEvent) =>
    isAppPageUrl(event.senderFrame?.url, APP_ORIGIN) && event.sender === mainWindow?.webContents;
  registerIpc(service, isTrustedSender);
  serveRenderer(appPaths.renderer());
  denyAllPermissions();
  lockDownEveryWebContents();
  Menu.setApplicationMenu(buildMenu(() => mainWindow));
  mainWindow = createMainWindow();
}
