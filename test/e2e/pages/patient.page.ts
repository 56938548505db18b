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

  /** What the open-session form's planned start shows before the nurse touches it. */
  plannedStartValue(): Promise<string> {
    return this.page.getByRole('form', { name: 'Open an infusion session' }).getByLabel('Planned start').inputValue();
  }

  async openSession(options: { chair: string; plannedStart?: string }): Promise<void> {
    const form = this.page.getByRole('form', { name: 'Open an infusion session' });
    await form.getByLabel('Chair').fill(options.chair);
    if (options.plannedStart) await form.getByLabel('Planned start').fill(options.plannedStart);
    await form.getByRole('button', { name: 'Open session' }).click();
  }

  async open(patientId: string): Promise<void> {
    await this.page.goto(new URL(`/#/patients/${patientId}`, this.page.url()).toString());
    await this.page.getByRole('form', { name: 'Clinical profile' }).waitFor();
  }

  /** The clinical profile screening reads: sex and height, and a dated heart attack if there was one. */
  async recordProfile(values: { sex: 'female' | 'male'; heightCm: string; heartAttackOn?: string }): Promise<void> {
    const form = this.page.getByRole('form', { name: 'Clinical profile' });
    await form.getByLabel('Sex (for ideal weight)').selectOption(values.sex);
    await form.getByLabel('Height (cm)').fill(values.heightCm);
    if (values.heartAttackOn) await form.getByLabel('Heart attack on (date, if any)').fill(values.heartAttackOn);
    await form.getByRole('button', { name: 'Save profile' }).click();
    await form.getByTestId('saved-indicator').waitFor();
  }

  sessionLinks() {
    return this.page.getByRole('list', { name: 'Sessions' }).getByRole('link');
  }
}
