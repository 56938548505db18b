// Composition root of the desktop app, read top to bottom: single instance → security → app:// scheme → database
// → services and IPC → window → clean-up. No rules and no handlers live here.
import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, protocol, session } from 'electron';
import { systemClock } from '../shared/clock';
import { createCore, type Core } from './core';
import { APP_ORIGIN } from './ipc/sender';
import { electronNativeBinding } from './native-binding';
import { registerAppScheme, serveAppScheme } from './security/protocol';
import { denyAllPermissions, guardWebContents, secureWebPreferences } from './security/window';
import { registerIpcTransport } from './transport/electron';

let core: Core | undefined;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.enableSandbox();
  registerAppScheme(protocol);
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
  app.on('second-instance', () => focusMainWindow());
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => void core?.close());
  app.whenReady().then(start, (error: unknown) => fatal(error));
}

async function start(): Promise<void> {
  denyAllPermissions(session.defaultSession);
  serveAppScheme(protocol, join(__dirname, '../renderer'));
  try {
    core = await createCore({
      dataDir: app.getPath('userData'),
      clock: systemClock,
      nativeBinding: electronNativeBinding(app.getAppPath(), process.versions.electron, app.isPackaged),
      log: (message, error) => console.error(message, error),
    });
  } catch (error) {
    return fatal(error);
  }
  registerIpcTransport(ipcMain, core.dispatch);
  createMainWindow();
}

function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 700,
    title: 'Chairside',
    backgroundColor: '#10161d',
    show: false,
    webPreferences: secureWebPreferences(join(__dirname, '../preload/index.js')),
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(`${APP_ORIGIN}/index.html`);
  return window;
}

function focusMainWindow(): void {
  const [window] = BrowserWindow.getAllWindows();
  if (!window) return;
  if (window.isMinimized()) window.restore();
  window.focus();
}

function fatal(error: unknown): void {
  dialog.showErrorBox('Chairside cannot start', error instanceof Error ? error.message : String(error));
  app.exit(1);
}
