// The port the print service drives to put a document on paper or in a PDF; the desktop app implements it with a
// hidden Electron window (src/main/print), browser mode has none (the browser's own print is used there).
import type { PaperSize, PrintDocumentKind, PrintLanguage, PrintOutput } from '../../../shared/contract/print.contract';

export interface PrintJob {
  readonly sessionId: string;
  readonly document: PrintDocumentKind;
  readonly language: PrintLanguage;
  readonly output: PrintOutput;
  readonly paperSize: PaperSize;
  /** Print to the default printer without the dialog (setting). */
  readonly silent: boolean;
  /** Where a PDF goes; null = the default folder (Documents/Chairside). */
  readonly pdfFolder: string | null;
  /** The PDF's file name (no folder). */
  readonly fileName: string;
}

export interface PrintOutcome {
  /** False when the nurse cancelled the print dialog: nothing is recorded then. */
  readonly done: boolean;
  /** The PDF written, as a full path (null for paper). */
  readonly file: string | null;
}

export interface Printer {
  output(job: PrintJob): Promise<PrintOutcome>;
}
