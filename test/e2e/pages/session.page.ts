// Page model of the session screen: quick vitals entry (Tab through, Enter saves) and the vitals table.
import type { Page } from 'playwright-core';

export interface VitalsSet {
  systolic: string;
  diastolic: string;
  heartRate: string;
  spo2: string;
  respiratoryRate: string;
}

export class SessionPage {
  constructor(private readonly page: Page) {}

  chair() {
    return this.page.getByTestId('session-chair');
  }

  /** Types a set the way it is read off the monitor: one field after another with Tab, Enter to save. */
  async recordVitals(values: VitalsSet): Promise<void> {
    const form = this.page.getByRole('form', { name: 'Record vital signs' });
    await form.getByLabel('Systolic (mmHg)').focus();
    for (const value of [values.systolic, values.diastolic, values.heartRate, values.spo2, values.respiratoryRate]) {
      await this.page.keyboard.type(value);
      await this.page.keyboard.press('Tab');
    }
    await form.getByLabel('Resp. rate (/min)').press('Enter');
  }

  fieldError(text: string) {
    return this.page.getByRole('form', { name: 'Record vital signs' }).getByRole('alert').filter({ hasText: text });
  }

  savedIndicator() {
    return this.page.getByTestId('saved-indicator');
  }

  vitalsRows() {
    return this.page.getByRole('table', { name: 'Vital signs' }).locator('tbody tr');
  }
}
