// Page model of one patient's chart: the banner, the sessions list, and opening a session in a chair.
import type { Page } from 'playwright-core';

export class PatientPage {
  constructor(private readonly page: Page) {}

  heading(name: string) {
    return this.page.getByRole('heading', { name });
  }

  weight() {
    return this.page.getByTestId('patient-weight');
  }

  async openSession(options: { chair: string; plannedStart?: string }): Promise<void> {
    const form = this.page.getByRole('form', { name: 'Open an infusion session' });
    await form.getByLabel('Chair').fill(options.chair);
    if (options.plannedStart) await form.getByLabel('Planned start').fill(options.plannedStart);
    await form.getByRole('button', { name: 'Open session' }).click();
  }

  sessionLinks() {
    return this.page.getByRole('list', { name: 'Sessions' }).getByRole('link');
  }
}
