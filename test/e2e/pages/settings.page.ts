// Page model of the clinic settings page.
import type { Page } from 'playwright-core';

export class SettingsPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto(new URL('/#/settings', this.page.url()).toString());
    await this.page.getByRole('form', { name: 'Clinic settings' }).waitFor();
  }

  field(label: string | RegExp) {
    return this.page.getByRole('form', { name: 'Clinic settings' }).getByLabel(label);
  }

  async change(label: string | RegExp, value: string): Promise<void> {
    await this.field(label).fill(value);
    await this.page.getByRole('button', { name: 'Save settings' }).click();
  }
}
