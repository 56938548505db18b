// Composition root of the desktop app, read top to bottom: single instance → security → app:// scheme → database
// → services and IPC → window → clean-up. No rules and no handlers live here.
import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, protocol, session, powerSaveBlocker } from 'electron';
import { systemClock } from '../shared/clock';
import { keepDisplayAwakeWhileInfusing } from './display-awake';
import { createCore, type Core } from './core';
import { APP_ORIGIN } from './ipc/sender';
import { electronNativeBinding } from './native-binding';
import { createElectronPrinter } from './print';
import { registerAppScheme, serveAppScheme } from './security/protocol';
import { denyAllPermissions, guardWebContents, secureWebPreferences } from './security/window';
import { registerIpcTransport } from './transport/electron';
import { startDailyBackups } from './services/backup.service';
import { recordClockJumps } from './services/clock-events';
import { SteadyClock } from './services/clock-watch';
import { describeStartupFailure, restoreOfferedBackup } from './startup-failure';

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
  const dataDir = app.getPath('userData');
  // The wall clock, kept from going back under a running infusion; its jumps go into the audit trail.
  const clock = new SteadyClock(systemClock);
  const nativeBinding = electronNativeBinding(app.getAppPath(), process.versions.electron, app.isPackaged);
  try {
    core = await createCore({
      dataDir,
      clock,
      nativeBinding,
      log: (message, error) => console.error(message, error),
      // print:output renders the print route in a hidden, sandboxed window (src/main/print).
      printer: createElectronPrinter({
        origin: APP_ORIGIN,
        preloadPath: join(__dirname, '../preload/index.js'),
        defaultPdfFolder: join(app.getPath('documents'), 'Chairside'),
      }),
    });
  } catch (error) {
    return fatal(error, dataDir, nativeBinding);
  }
  registerIpcTransport(ipcMain, core.dispatch);
  const stopBackups = startDailyBackups(core.deps, (message, error) => console.error(message, error ?? ''));
  app.on('will-quit', stopBackups);
  recordClockJumps(clock, core.deps, (message, error) => console.error(message, error));
  app.on('will-quit', keepDisplayAwakeWhileInfusing(core.dispatch, powerSaveBlocker));
  app.on('will-quit', clock.watch());
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

function fatal(error: unknown, dataDir?: string, nativeBinding?: string): void {
  const failure = dataDir ? describeStartupFailure(error, dataDir, nativeBinding) : null;
  if (!failure?.backup) {
    dialog.showErrorBox('Chairside cannot start', error instanceof Error ? error.message : String(error));
    app.exit(1);
    return;
  }
  // The offer: put the latest good backup in place (the unusable file is kept aside) and start again.
  const choice = dialog.showMessageBoxSync({
    type: 'error',
    title: failure.title,
    message: failure.title,
    detail: `${failure.message}\n\nThe latest good backup was made ${failure.backup.createdAt}. Entries charted after it are not in it; the unusable file is kept, not deleted.`,
    buttons: ['Restore the latest good backup', 'Quit'],
    defaultId: 1,
    cancelId: 1,
  });
  if (choice === 0) {
    try {
      restoreOfferedBackup(failure, dataDir!, new Date(), nativeBinding);
      app.relaunch();
    } catch (restoreError) {
      dialog.showErrorBox('The backup was not restored', restoreError instanceof Error ? restoreError.message : String(restoreError));
    }
  }
  app.exit(1);
}
