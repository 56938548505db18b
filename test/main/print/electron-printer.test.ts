// The desktop print with a mocked `electron` (the binary cannot run here): a hidden, sandboxed window loads the
// print route, waits for the document, then printToPDF with the clinic's paper into the chosen folder, or print()
// through the dialog or silently; a cancelled dialog is not a fault; the window is always destroyed.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PrintJob } from '../../../src/main/services/print/printer';

const electron = vi.hoisted(() => {
  const state = {
    ready: { state: 'ready', error: null } as { state: string; error: string | null },
    printAnswer: [true, ''] as [boolean, string],
    windows: [] as {
      options: Record<string, unknown>;
      loadURL: ReturnType<typeof vi.fn>;
      destroy: ReturnType<typeof vi.fn>;
      webContents: { executeJavaScript: ReturnType<typeof vi.fn>; printToPDF: ReturnType<typeof vi.fn>; print: ReturnType<typeof vi.fn> };
    }[],
  };
  const BrowserWindow = vi.fn(function (this: Record<string, unknown>, options: Record<string, unknown>) {
    const window = {
      options,
      loadURL: vi.fn(() => Promise.resolve()),
      destroy: vi.fn(),
      webContents: {
        executeJavaScript: vi.fn(() => Promise.resolve(state.ready)),
        printToPDF: vi.fn(() => Promise.resolve(Buffer.from('%PDF-1.7 test'))),
        print: vi.fn((_options: unknown, callback: (success: boolean, reason: string) => void) => callback(...state.printAnswer)),
      },
    };
    state.windows.push(window);
    Object.assign(this, window);
  });
  return { state, module: { BrowserWindow } };
});

vi.mock('electron', () => ({ ...electron.module, default: electron.module }));

const { createElectronPrinter } = await import('../../../src/main/print');

const ORIGIN = 'app://chairside';
const SESSION = '019ab3c2-0000-7000-8000-000000000001';

function job(overrides: Partial<PrintJob> = {}): PrintJob {
  return {
    sessionId: SESSION,
    document: 'discharge',
    language: 'es',
    output: 'pdf',
    paperSize: 'letter',
    silent: false,
    pdfFolder: null,
    fileName: 'Rivera_Ana_discharge_2026-11-25_1500_es.pdf',
    ...overrides,
  };
}

let defaultFolder: string;
const printer = () => createElectronPrinter({ origin: ORIGIN, preloadPath: '/app/out/preload/index.js', defaultPdfFolder: defaultFolder, renderTimeoutMs: 1000 });

beforeEach(() => {
  electron.state.windows.length = 0;
  electron.state.ready = { state: 'ready', error: null };
  electron.state.printAnswer = [true, ''];
  defaultFolder = join(mkdtempSync(join(tmpdir(), 'chairside-pdf-')), 'Chairside');
});

describe('the hidden print window', () => {
  it('is never shown and keeps the main window\'s locked-down preferences (sandbox, isolation, no Node)', async () => {
    await printer().output(job());
    const [window] = electron.state.windows;
    expect(window.options.show).toBe(false);
    expect(window.options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.js',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
    });
  });

  it('loads the print route for the document, session and language, and waits for it to render', async () => {
    await printer().output(job({ document: 'record', language: 'en' }));
    const [window] = electron.state.windows;
    expect(window.loadURL).toHaveBeenCalledWith(`${ORIGIN}/index.html#/print/record/${SESSION}/en`);
    expect(window.webContents.executeJavaScript).toHaveBeenCalledWith(expect.stringContaining('data-print-state'), true);
    expect(window.webContents.executeJavaScript.mock.invocationCallOrder[0]).toBeLessThan(window.webContents.printToPDF.mock.invocationCallOrder[0]);
  });

  it('refuses with the page\'s own words when the document could not be prepared, and prints nothing', async () => {
    electron.state.ready = { state: 'error', error: 'Clinic phone is not set.' };
    await expect(printer().output(job())).rejects.toMatchObject({ code: 'conflict', message: 'Clinic phone is not set.' });
    const [window] = electron.state.windows;
    expect(window.webContents.printToPDF).not.toHaveBeenCalled();
    expect(window.destroy).toHaveBeenCalledOnce();
  });
});

describe('Save PDF', () => {
  it('writes printToPDF\'s bytes on A4 into the clinic\'s folder', async () => {
    const folder = join(mkdtempSync(join(tmpdir(), 'chairside-clinic-')), 'pdfs');
    const outcome = await printer().output(job({ paperSize: 'a4', pdfFolder: folder }));
    const [window] = electron.state.windows;
    expect(window.webContents.printToPDF).toHaveBeenCalledWith({
      pageSize: 'A4',
      printBackground: true,
      preferCSSPageSize: true,
      displayHeaderFooter: false,
      landscape: false,
      generateTaggedPDF: true,
    });
    expect(outcome).toEqual({ done: true, file: join(folder, 'Rivera_Ana_discharge_2026-11-25_1500_es.pdf') });
    expect(readFileSync(outcome.file!, 'utf8')).toBe('%PDF-1.7 test');
    expect(window.destroy).toHaveBeenCalledOnce();
  });

  it('uses Letter and the default folder when the clinic chose none', async () => {
    const outcome = await printer().output(job());
    expect(electron.state.windows[0].webContents.printToPDF).toHaveBeenCalledWith(expect.objectContaining({ pageSize: 'Letter' }));
    expect(outcome.file).toBe(join(defaultFolder, 'Rivera_Ana_discharge_2026-11-25_1500_es.pdf'));
    expect(existsSync(outcome.file!)).toBe(true);
  });

  it('never overwrites an earlier PDF of the same name', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'chairside-clinic-'));
    writeFileSync(join(folder, job().fileName), 'earlier');
    await expect(printer().output(job({ pdfFolder: folder }))).rejects.toMatchObject({ code: 'conflict' });
    expect(readFileSync(join(folder, job().fileName), 'utf8')).toBe('earlier');
  });
});

describe('Print', () => {
  it('opens the system dialog on the clinic\'s paper by default', async () => {
    const outcome = await printer().output(job({ output: 'print', paperSize: 'a4' }));
    const [window] = electron.state.windows;
    expect(window.webContents.print).toHaveBeenCalledWith(
      { silent: false, printBackground: true, pageSize: 'A4', margins: { marginType: 'default' }, landscape: false, copies: 1, deviceName: '' },
      expect.any(Function),
    );
    expect(window.webContents.printToPDF).not.toHaveBeenCalled();
    expect(outcome).toEqual({ done: true, file: null });
  });

  it('prints silently to the default printer when the clinic chose it', async () => {
    await printer().output(job({ output: 'print', silent: true }));
    expect(electron.state.windows[0].webContents.print).toHaveBeenCalledWith(expect.objectContaining({ silent: true, deviceName: '', pageSize: 'Letter' }), expect.any(Function));
  });

  it('answers "not done" when the nurse cancels the dialog, and still closes the window', async () => {
    electron.state.printAnswer = [false, 'Print job canceled'];
    expect(await printer().output(job({ output: 'print' }))).toEqual({ done: false, file: null });
    expect(electron.state.windows[0].destroy).toHaveBeenCalledOnce();
  });

  it('refuses with the reason when the printer fails', async () => {
    electron.state.printAnswer = [false, 'Print job failed'];
    await expect(printer().output(job({ output: 'print' }))).rejects.toMatchObject({ code: 'conflict', message: 'The printer did not take the job: Print job failed.' });
    expect(electron.state.windows[0].destroy).toHaveBeenCalledOnce();
  });
});
