import { beforeEach, describe, expect, it, vi } from 'vitest';

/**
 * The Electron security checklist, checked on our main-process code with a stand-in for the
 * electron module (the Electron binary is not installed in CI): each test drives the real
 * handlers electron/*.ts registers and asserts what they decide.
 */
const fake = vi.hoisted(() => {
  type Handler = (...args: unknown[]) => unknown;
  const contents = () => {
    const handlers: Record<string, Handler[]> = {};
    return {
      handlers,
      windowOpen: undefined as undefined | ((d: { url: string }) => { action: string }),
      on(event: string, fn: Handler) {
        (handlers[event] ??= []).push(fn);
      },
      setWindowOpenHandler(fn: (d: { url: string }) => { action: string }) {
        this.windowOpen = fn;
      },
    };
  };
  const exposed: Record<string, unknown> = {};
  return {
    contents,
    windows: [] as {
      options: { webPreferences: Record<string, unknown> };
      webContents: ReturnType<typeof contents>;
    }[],
    openExternal: vi.fn(),
    permissionRequest: undefined as undefined | Handler,
    permissionCheck: undefined as undefined | Handler,
    devicePermission: undefined as undefined | Handler,
    exposed,
    invoke: vi.fn(),
    schemes: [] as unknown[],
    protocolHandler: undefined as undefined | ((req: Request) => Promise<Response>),
    fetched: [] as string[],
  };
});

vi.mock('electron', () => {
  class BrowserWindow {
    webContents = fake.contents();
    constructor(readonly options: { webPreferences: Record<string, unknown> }) {
      fake.windows.push(this);
    }
    once() {}
    loadURL() {
      return Promise.resolve();
    }
  }
  return {
    app: { on: vi.fn() },
    BrowserWindow,
    shell: { openExternal: fake.openExternal },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (fn: never) => (fake.permissionRequest = fn),
        setPermissionCheckHandler: (fn: never) => (fake.permissionCheck = fn),
        setDevicePermissionHandler: (fn: never) => (fake.devicePermission = fn),
      },
    },
    contextBridge: { exposeInMainWorld: (name: string, api: unknown) => (fake.exposed[name] = api) },
    ipcRenderer: { invoke: fake.invoke },
    protocol: {
      registerSchemesAsPrivileged: (s: unknown[]) => fake.schemes.push(...s),
      handle: (_scheme: string, fn: never) => (fake.protocolHandler = fn),
    },
    net: {
      fetch: (url: string) => {
        fake.fetched.push(url);
        return Promise.resolve(new Response('<html></html>', { status: 200 }));
      },
    },
  };
});

const { createMainWindow, denyAllPermissions } = await import('../../electron/window');
const { isAllowedExternalUrl, isAppPageUrl } = await import('../../electron/externalLinks');
const { APP_ORIGIN, registerAppScheme, serveRenderer } = await import('../../electron/protocol');

beforeEach(() => {
  fake.windows.length = 0;
  fake.openExternal.mockClear();
});

describe('Electron security checklist', () => {
  it('context isolation, sandbox, no Node in the renderer, no webview, no insecure content', () => {
    createMainWindow();
    const prefs = fake.windows[0]!.options.webPreferences;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
    });
  });

  it('denies navigation away from app:// and every new window; opens only allowlisted https sources outside', () => {
    createMainWindow();
    const wc = fake.windows[0]!.webContents;
    const navigate = (url: string) => {
      const event = { preventDefault: vi.fn() };
      for (const fn of [...(wc.handlers['will-navigate'] ?? []), ...(wc.handlers['will-redirect'] ?? [])])
        fn(event, url);
      return event.preventDefault.mock.calls.length > 0;
    };
    expect(navigate('https://evil.example/')).toBe(true);
    expect(navigate('file:///etc/passwd')).toBe(true);
    expect(navigate(`${APP_ORIGIN}/index.html#/library`)).toBe(false);
    const webview = { preventDefault: vi.fn() };
    wc.handlers['will-attach-webview']![0]!(webview);
    expect(webview.preventDefault).toHaveBeenCalled();

    for (const url of [
      'https://wenshu.court.gov.cn/website/wenshu/181107ANFZ0BXSK4/index.html',
      'https://evil.example/',
      'http://wenshu.court.gov.cn/',
      'javascript:alert(1)',
      'https://wenshu.court.gov.cn.evil.example/',
      'https://user:pw@www.gov.cn/',
    ]) {
      expect(wc.windowOpen!({ url })).toEqual({ action: 'deny' });
    }
    expect(fake.openExternal.mock.calls).toEqual([
      ['https://wenshu.court.gov.cn/website/wenshu/181107ANFZ0BXSK4/index.html'],
    ]);
    expect(isAllowedExternalUrl('https://flk.npc.gov.cn/detail')).toBe(true);
    expect(isAllowedExternalUrl('https://flk.npc.gov.cn:8443/')).toBe(false);
  });

  it('denies every permission request and check', () => {
    denyAllPermissions();
    const callback = vi.fn();
    fake.permissionRequest!({}, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect(fake.permissionCheck!({}, 'notifications')).toBe(false);
    expect(fake.devicePermission!({})).toBe(false);
  });

  it('serves the renderer from app:// with the CSP header and nothing outside its folder', async () => {
    registerAppScheme();
    expect(fake.schemes).toContainEqual({
      scheme: 'app',
      privileges: { standard: true, secure: true, supportFetchAPI: false },
    });
    serveRenderer('/opt/anjian/renderer');
    const ok = await fake.protocolHandler!(new Request(`${APP_ORIGIN}/index.html`));
    expect(ok.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(ok.headers.get('content-security-policy')).not.toContain('unsafe-eval');
    // Encoded ../ collapses inside the renderer folder: only files under it are ever read.
    await fake.protocolHandler!(new Request(`${APP_ORIGIN}/..%2f..%2f..%2fetc%2fpasswd`));
    await fake.protocolHandler!(new Request(`${APP_ORIGIN}/assets/..%5c..%5c..%5cwindows%5cwin.ini`));
    for (const url of fake.fetched) expect(url.startsWith('file:///opt/anjian/renderer/')).toBe(true);
    const otherHost = await fake.protocolHandler!(new Request('app://evil/index.html'));
    expect(otherHost.status).toBe(404);
  });

  it('treats only our own app:// page as a trusted IPC sender', () => {
    // What the IPC handlers do with a sender, with the real dispatcher behind them:
    // tests/integration/security-ipc.test.ts.
    expect(isAppPageUrl(`${APP_ORIGIN}/index.html#/library`, APP_ORIGIN)).toBe(true);
    expect(isAppPageUrl('app://anjian.evil/index.html', APP_ORIGIN)).toBe(false);
    expect(isAppPageUrl('https://evil.example/', APP_ORIGIN)).toBe(false);
    expect(isAppPageUrl(undefined, APP_ORIGIN)).toBe(false);
  });

  it('the preload exposes one narrow function and no Node or ipcRenderer', async () => {
    await import('../../electron/preload');
    expect(Object.keys(fake.exposed)).toEqual(['anjian']);
    const bridge = fake.exposed.anjian as { invoke(name: string, input: unknown): Promise<unknown> };
    expect(Object.keys(bridge)).toEqual(['invoke']);
    await expect(bridge.invoke('../../evil', {})).rejects.toThrow();
    void bridge.invoke('cases.get', { id: 'x' });
    expect(fake.invoke).toHaveBeenCalledWith('anjian:cases.get', { id: 'x' });
  });
});
