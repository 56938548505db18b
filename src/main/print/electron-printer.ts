// The desktop app's Printer: a hidden, sandboxed window loads the print route, waits for the document to render,
// then prints it (system dialog, or the default printer silently) or writes a PDF into the clinic's folder.
import { mkdir, writeFile } from 'node:fs/promises';
import { BrowserWindow } from 'electron';
import { DomainError } from '../../shared/contract/envelope';
import type { PrintJob, PrintOutcome, Printer } from '../services/print/printer';
import { secureWebPreferences } from '../security/window';
import { isCancelledPrint, pdfOptions, pdfPath, printOptions, printRouteUrl, WAIT_FOR_PRINT_READY } from './print-options';

export interface ElectronPrinterOptions {
  readonly origin: string;
  readonly preloadPath: string;
  /** Where PDFs go when the clinic has not chosen a folder. */
  readonly defaultPdfFolder: string;
  /** How long the document may take to render before the print is given up. */
  readonly renderTimeoutMs?: number;
}

export function createElectronPrinter(options: ElectronPrinterOptions): Printer {
  return {
    async output(job: PrintJob): Promise<PrintOutcome> {
      // Never shown; the same locked-down preferences as the main window (sandbox, context isolation, no Node).
      const window = new BrowserWindow({ show: false, width: 900, height: 1200, webPreferences: secureWebPreferences(options.preloadPath) });
      try {
        await window.loadURL(printRouteUrl(options.origin, job));
        await waitForDocument(window, options.renderTimeoutMs ?? 20_000);
        if (job.output === 'pdf') {
          const data = await window.webContents.printToPDF(pdfOptions(job.paperSize));
          const { folder, file } = pdfPath(job, options.defaultPdfFolder);
          await mkdir(folder, { recursive: true });
          await writeFile(file, data, { flag: 'wx' }).catch((error: NodeJS.ErrnoException) => {
            if (error.code === 'EEXIST') throw new DomainError('conflict', `A PDF named ${job.fileName} already exists in ${folder}; try again in a minute.`);
            throw new DomainError('conflict', `The PDF could not be saved in ${folder} (${error.code ?? error.message}). Check the PDF folder in Settings → Printing.`);
          });
          return { done: true, file };
        }
        return await new Promise<PrintOutcome>((resolve, reject) => {
          window.webContents.print(printOptions(job.paperSize, job.silent), (success, reason) => {
            if (success) resolve({ done: true, file: null });
            else if (isCancelledPrint(reason)) resolve({ done: false, file: null });
            else reject(new DomainError('conflict', `The printer did not take the job: ${reason}.`));
          });
        });
      } finally {
        window.destroy();
      }
    },
  };
}

async function waitForDocument(window: BrowserWindow, timeoutMs: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DomainError('conflict', 'The document took too long to prepare; nothing was printed. Try again.')), timeoutMs);
  });
  try {
    const result = (await Promise.race([window.webContents.executeJavaScript(WAIT_FOR_PRINT_READY, true), timeout])) as {
      state: 'ready' | 'error';
      error: string | null;
    };
    if (result.state === 'error') throw new DomainError('conflict', result.error ?? 'The document could not be prepared; nothing was printed.');
  } finally {
    clearTimeout(timer);
  }
}
