import { app, dialog, Menu, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { openService, type Service } from '../core/service';
import { registerIpc } from './ipc';
import { buildMenu } from './menu';
import { appPaths } from './paths';
import { electronPrintToPdf } from './print';
import { APP_ORIGIN, registerAppScheme, serveRenderer } from './protocol';
import { createMainWindow, denyAllPermissions } from './window';

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

/** On first run the bundled starter library becomes the user's library. */
function ensureLibrary(): string {
  const library = appPaths.library();
  if (!existsSync(library)) {
    mkdirSync(dirname(library), { recursive: true });
    copyFileSync(appPaths.starterLibrary(), library);
  }
  return library;
}

function start(): void {
  try {
    service = openService(ensureLibrary(), {
      nativeBinding: appPaths.nativeBinding(),
      platform: { userDataDir: app.getPath('userData'), printToPdf: electronPrintToPdf },
    });
  } catch (e) {
    dialog.showErrorBox('案鉴无法打开案例库', (e as Error).message);
    app.quit();
    return;
  }
  const isTrustedSender = (event: IpcMainInvokeEvent) =>
    event.senderFrame?.url.startsWith(`${APP_ORIGIN}/`) === true && event.sender === mainWindow?.webContents;
  registerIpc(service, isTrustedSender);
  serveRenderer(appPaths.renderer());
  denyAllPermissions();
  Menu.setApplicationMenu(buildMenu(() => mainWindow));
  mainWindow = createMainWindow();
}
