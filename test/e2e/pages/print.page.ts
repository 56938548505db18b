// Page model of the print route: open a document, wait until it has rendered, save it as a PDF on the clinic's
// paper, read it back with poppler (pdftotext, pdfinfo) and save a PNG of its first page (pdftoppm).
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

export const PDF_DIR = join(__dirname, '../../../test-results/print');

export interface SavedPdf {
  readonly file: string;
  /** The text, whitespace collapsed to single spaces (the layout's line breaks do not matter to the facts). */
  readonly text: string;
  readonly pages: number;
  readonly pageSize: string;
}

export class PrintPage {
  constructor(
    private readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  /** A fresh page load each time, as the desktop app's hidden window has. */
  async open(document: 'discharge' | 'record' | 'downtime', sessionId: string, language?: 'en' | 'es', mode?: 'print'): Promise<void> {
    await this.page.goto('about:blank');
    await this.page.goto(`${this.baseUrl}#/print/${document}/${sessionId}${language ? `/${language}` : ''}${mode ? `/${mode}` : ''}`);
  }

  /** Waits for the mark the desktop app's hidden window waits for too. */
  async ready(): Promise<void> {
    await this.page.locator('html[data-print-state="ready"]').waitFor({ state: 'attached' });
  }

  refusal() {
    return this.page.getByRole('alert');
  }

  /**
   * The browser's print dialog cannot be driven headless: from the next page load on, window.print only leaves a
   * mark (data-printed) that the test can wait for.
   */
  async standInForPrintDialog(): Promise<void> {
    await this.page.addInitScript(() => {
      window.print = () => {
        document.documentElement.dataset.printed = String(Number(document.documentElement.dataset.printed ?? 0) + 1);
      };
    });
  }

  printDialogOpened() {
    return this.page.locator('html[data-printed]');
  }

  printButton() {
    return this.page.getByRole('button', { name: /^(Print|Imprimir)$/ });
  }

  /** Saves the rendered document as a PDF at `paper` (the page's own @page rule decides, as in the desktop app). */
  async savePdf(name: string, paper: 'Letter' | 'A4'): Promise<SavedPdf> {
    mkdirSync(PDF_DIR, { recursive: true });
    const file = join(PDF_DIR, `${name}.pdf`);
    await this.page.emulateMedia({ media: 'print' });
    await this.page.pdf({ path: file, format: paper, preferCSSPageSize: true, printBackground: true });
    await this.page.emulateMedia({ media: 'screen' });
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? NaN);
    const pageSize = /^Page size:\s+(.*)$/m.exec(info)?.[1] ?? '';
    return { file, text, pages, pageSize };
  }

  /** The Printing section of the settings screen: types the clinic's details and saves them. */
  async enterClinicDetails(details: { name: string; address: string; phone: string }): Promise<void> {
    await this.page.goto(`${this.baseUrl}#/settings`);
    const form = this.page.getByRole('form', { name: 'Printing' });
    await form.getByLabel('Clinic name').fill(details.name);
    await form.getByLabel('Clinic address').fill(details.address);
    await form.getByLabel('Clinic phone').fill(details.phone);
    await form.getByRole('button', { name: 'Save printing settings' }).click();
    await form.getByText('Saved.').waitFor();
  }

  /** The print controls in the session screen's discharge panel. */
  controls(sessionId: string) {
    const section = this.page.getByRole('region', { name: 'Print' });
    return {
      open: async () => {
        await this.page.goto('about:blank');
        await this.page.goto(`${this.baseUrl}#/sessions/${sessionId}`);
        await section.waitFor();
      },
      section,
      language: (name: 'English' | 'Español') => section.getByRole('radio', { name: new RegExp(`^${name}`) }),
      print: (document: 'discharge sheet' | 'session record' | 'downtime sheet') => section.getByRole('button', { name: `Print ${document}` }),
    };
  }

  /** A PNG of the PDF's first page, beside the other screens. */
  static firstPagePng(pdf: string, screensDir: string, name: string): string {
    mkdirSync(screensDir, { recursive: true });
    const prefix = join(screensDir, name);
    execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', pdf, prefix]);
    return `${prefix}.png`;
  }
}
