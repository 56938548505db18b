// The Electron shell, with a mocked `electron` (the binary cannot run here): window options, the guards and
// permission handlers it installs, the app:// scheme with its CSP, single-instance lock, and one IPC handler per
// contract channel, each refusing a frame that is not the app's own.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { allChannels } from '../../src/shared/contract';

type Listener = (...args: unknown[]) => unknown;

const electron = vi.hoisted(() => {
  const appListeners = new Map<string, (...args: unknown[]) => unknown>();
  const ipcHandlers = new Map<string, (...args: unknown[]) => unknown>();
  const windows: { options: Record<string, unknown>; loadURL: ReturnType<typeof vi.fn> }[] = [];
  let protocolHandler: ((request: Request) => Promise<Response>) | undefined;
  const state = { lock: true, userData: '' };
  return {
    appListeners,
    ipcHandlers,
    windows,
    state,
    getProtocolHandler: () => protocolHandler,
    module: {
      app: {
        requestSingleInstanceLock: vi.fn(() => state.lock),
        quit: vi.fn(),
        exit: vi.fn(),
        enableSandbox: vi.fn(),
        on: vi.fn((event: string, listener: (...args: unknown[]) => unknown) => appListeners.set(event, listener)),
        whenReady: vi.fn(() => Promise.resolve()),
        getPath: vi.fn(() => state.userData),
        getAppPath: vi.fn(() => '/nonexistent-app-root'),
        isPackaged: false,
      },
      BrowserWindow: Object.assign(
        vi.fn(function (this: Record<string, unknown>, options: Record<string, unknown>) {
          const loadURL = vi.fn(() => Promise.resolve());
          windows.push({ options, loadURL });
          Object.assign(this, { once: vi.fn(), show: vi.fn(), loadURL });
        }),
        { getAllWindows: vi.fn(() => []) },
      ),
      ipcMain: { handle: vi.fn((channel: string, handler: (...args: unknown[]) => unknown) => ipcHandlers.set(channel, handler)) },
      protocol: {
        registerSchemesAsPrivileged: vi.fn(),
        handle: vi.fn((_scheme: string, handler: (request: Request) => Promise<Response>) => {
          protocolHandler = handler;
        }),
      },
      session: { defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() } },
      dialog: { showErrorBox: vi.fn() },
      powerSaveBlocker: { start: vi.fn(() => 1), stop: vi.fn() },
    },
  };
});

vi.mock('electron', () => ({ ...electron.module, default: electron.module }));

async function bootShell() {
  electron.state.userData = mkdtempSync(join(tmpdir(), 'chairside-shell-'));
  vi.resetModules();
  await import('../../src/main/index');
  await vi.waitFor(() => expect(electron.windows.length).toBeGreaterThan(0), { timeout: 10_000 });
  return electron.windows.at(-1)!;
}

function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: (() => unknown) | undefined;
  return {
    listeners,
    openHandler: () => openHandler?.(),
    setWindowOpenHandler: vi.fn((handler: () => unknown) => {
      openHandler = handler;
    }),
    on: vi.fn((event: string, listener: Listener) => listeners.set(event, listener)),
  };
}

describe('the Electron shell', () => {
  beforeEach(() => {
    electron.windows.length = 0;
    electron.ipcHandlers.clear();
    electron.state.lock = true;
  });

  it('opens one window with context isolation, the sandbox, no Node integration and web security on', async () => {
    const window = await bootShell();
    const prefs = window.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false });
    expect(String(prefs.preload)).toMatch(/preload[\\/]index\.js$/);
    expect(window.loadURL).toHaveBeenCalledWith('app://chairside/index.html');
    expect(electron.module.app.enableSandbox).toHaveBeenCalled();
  });

  it('registers exactly one IPC handler for every channel in the contract', async () => {
    await bootShell();
    expect([...electron.ipcHandlers.keys()].sort()).toEqual(allChannels.map((c) => c.name).sort());
  });

  it('answers an IPC call from the app top frame and refuses one from any other frame', async () => {
    await bootShell();
    // auth:get-status is open (nobody is signed in yet on a fresh install); patients:list needs a signed-in user.
    const list = electron.ipcHandlers.get('auth:get-status')!;
    const fromApp = await list({ senderFrame: { url: 'app://chairside/index.html', parent: null } }, {});
    expect(fromApp).toMatchObject({ ok: true, value: { setupNeeded: true, user: null } });
    const patients = electron.ipcHandlers.get('patients:list')!;
    expect(await patients({ senderFrame: { url: 'app://chairside/index.html', parent: null } }, {})).toMatchObject({
      ok: false,
      error: { code: 'unauthenticated' },
    });
    for (const senderFrame of [
      { url: 'https://evil.example/', parent: null },
      { url: 'app://chairside.evil/index.html', parent: null },
      { url: 'app://chairside/index.html', parent: {} },
      null,
    ]) {
      const answer = (await list({ senderFrame }, {})) as { ok: boolean; error?: { code: string } };
      expect(answer.error?.code).toBe('untrusted_sender');
    }
  });

  it('denies new windows, navigation away from the app and webviews on every web contents', async () => {
    await bootShell();
    const contents = fakeContents();
    electron.appListeners.get('web-contents-created')!({}, contents);
    expect(contents.openHandler()).toEqual({ action: 'deny' });
    const away = { preventDefault: vi.fn() };
    contents.listeners.get('will-navigate')!(away, 'https://evil.example/');
    expect(away.preventDefault).toHaveBeenCalled();
    const inside = { preventDefault: vi.fn() };
    contents.listeners.get('will-navigate')!(inside, 'app://chairside/index.html#/patients');
    expect(inside.preventDefault).not.toHaveBeenCalled();
    const webview = { preventDefault: vi.fn() };
    contents.listeners.get('will-attach-webview')!(webview);
    expect(webview.preventDefault).toHaveBeenCalled();
  });

  it('refuses every permission request and check', async () => {
    await bootShell();
    const { setPermissionRequestHandler, setPermissionCheckHandler } = electron.module.session.defaultSession;
    const request = setPermissionRequestHandler.mock.calls.at(-1)![0] as (c: unknown, p: string, cb: (ok: boolean) => void) => void;
    const callback = vi.fn();
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal']) request({}, permission, callback);
    expect(callback.mock.calls).toEqual([[false], [false], [false], [false]]);
    const check = setPermissionCheckHandler.mock.calls.at(-1)![0] as () => boolean;
    expect(check()).toBe(false);
  });

  it('serves the renderer over the privileged app:// scheme with the Content-Security-Policy', async () => {
    await bootShell();
    expect(electron.module.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    const handler = electron.getProtocolHandler()!;
    const page = await handler(new Request('app://chairside/index.html'));
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    const escaped = await handler(new Request('app://chairside/..%2f..%2f..%2fpackage.json'));
    expect(escaped.status).toBe(404);
    const passwd = await handler(new Request('app://chairside/../../../etc/passwd'));
    expect(await passwd.text()).not.toContain('root:');
    const otherHost = await handler(new Request('app://elsewhere/index.html'));
    expect(otherHost.status).toBe(404);
  });

  it('quits at once when another instance already holds the lock', async () => {
    electron.state.lock = false;
    electron.module.app.quit.mockClear();
    electron.module.app.whenReady.mockClear();
    vi.resetModules();
    await import('../../src/main/index');
    expect(electron.module.app.quit).toHaveBeenCalled();
    expect(electron.module.app.whenReady).not.toHaveBeenCalled();
  });
});
