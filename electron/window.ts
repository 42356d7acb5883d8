import { app, BrowserWindow, session, shell, type WebContents } from 'electron';
import { join } from 'node:path';
import { isAllowedExternalUrl } from './externalLinks';
import { APP_ORIGIN } from './protocol';

/**
 * The one application window, locked down: isolated, sandboxed, no Node, no navigation away
 * from the app, no new windows, no permissions granted.
 */
export function createMainWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1366,
    height: 860,
    minWidth: 1024,
    minHeight: 640,
    title: '案鉴',
    show: false,
    webPreferences: {
      // The preload only exposes window.anjian.invoke (electron/preload.ts) through contextBridge.
      preload: join(import.meta.dirname, '..', 'preload', 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      // Middle-click must not open links in new windows either.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  win.once('ready-to-show', () => win.show());
  lockDown(win.webContents);
  void win.loadURL(`${APP_ORIGIN}/index.html`);
  return win;
}

/** No navigation away from app://, no webviews, no new windows; allowlisted links go to the user's browser. */
export function lockDown(contents: WebContents): void {
  const stayInApp = (event: { preventDefault(): void }, url: string) => {
    if (!url.startsWith(`${APP_ORIGIN}/`)) event.preventDefault();
  };
  contents.on('will-navigate', stayInApp);
  contents.on('will-redirect', stayInApp);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    // Only official sources of judgments and statutes open, and only outside the app.
    if (isAllowedExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
}

/** Every web contents created later (the offscreen print window too) gets the same rules. */
export function lockDownEveryWebContents(): void {
  app.on('web-contents-created', (_event, contents) => lockDown(contents));
}

/** No web permission (camera, notifications, geolocation …) is ever granted. */
export function denyAllPermissions(): void {
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  session.defaultSession.setDevicePermissionHandler(() => false);
}
