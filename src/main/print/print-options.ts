// Pure builders for the desktop print: the print route's URL, printToPDF's and print()'s options, the PDF's path.
// No Electron import, so the choices are unit-tested as plain values.
import { join } from 'node:path';
import type { PaperSize } from '../../shared/contract/print.contract';
import type { PrintJob } from '../services/print/printer';

/** The renderer's print route (hash routes): the document, the session, the language. */
export function printRouteUrl(origin: string, job: Pick<PrintJob, 'document' | 'sessionId' | 'language'>): string {
  return `${origin}/index.html#/print/${job.document}/${encodeURIComponent(job.sessionId)}/${job.language}`;
}

const PAGE_SIZE = { letter: 'Letter', a4: 'A4' } as const satisfies Record<PaperSize, string>;

/** webContents.printToPDF: the clinic's paper; margins come from the page's own @page rule (print CSS). */
export function pdfOptions(paperSize: PaperSize) {
  return {
    pageSize: PAGE_SIZE[paperSize],
    printBackground: true,
    preferCSSPageSize: true,
    displayHeaderFooter: false,
    landscape: false,
    generateTaggedPDF: true,
  } as const;
}

/** webContents.print: the system dialog, or the default printer without it when the clinic chose silent printing. */
export function printOptions(paperSize: PaperSize, silent: boolean) {
  return {
    silent,
    printBackground: true,
    pageSize: PAGE_SIZE[paperSize],
    margins: { marginType: 'default' },
    landscape: false,
    copies: 1,
    // Empty = the system's default printer (used when silent).
    deviceName: '',
  } as const;
}

/** The PDF's full path: the clinic's folder, else the default one. */
export function pdfPath(job: Pick<PrintJob, 'pdfFolder' | 'fileName'>, defaultFolder: string): { folder: string; file: string } {
  const folder = job.pdfFolder ?? defaultFolder;
  return { folder, file: join(folder, job.fileName) };
}

/** A cancelled dialog is not a fault: Chromium reports it with this wording. */
export function isCancelledPrint(reason: string): boolean {
  return /cancel/i.test(reason);
}

/**
 * Run in the hidden window: resolves when the print route has rendered its document (data-print-state="ready")
 * or failed ("error", with the reason in data-print-error). Event-driven, no polling.
 */
export const WAIT_FOR_PRINT_READY = `new Promise((resolve) => {
  const root = document.documentElement;
  const state = () => root.dataset.printState === 'ready' || root.dataset.printState === 'error'
    ? { state: root.dataset.printState, error: root.dataset.printError || null } : null;
  const now = state();
  if (now) return resolve(now);
  const observer = new MutationObserver(() => {
    const s = state();
    if (s) { observer.disconnect(); resolve(s); }
  });
  observer.observe(root, { attributes: true, attributeFilter: ['data-print-state', 'data-print-error'] });
})`;
