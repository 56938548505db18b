// Page model of the patients screen: find and register patients the way a nurse does, by labels and roles.
import type { Page } from 'playwright-core';

export interface NewPatient {
  familyName: string;
  givenName: string;
  dateOfBirth: string;
  mrn?: string;
  weight: string;
  unit?: 'kg' | 'lb';
}

export class PatientsPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto(new URL('/#/patients', this.page.url()).toString());
    await this.page.getByRole('heading', { name: 'Patients', exact: true }).waitFor();
  }

  async register(patient: NewPatient): Promise<void> {
    const form = this.page.getByRole('form', { name: 'Register a patient' });
    await form.getByLabel('Family name').fill(patient.familyName);
    await form.getByLabel('Given name').fill(patient.givenName);
    await form.getByLabel('Date of birth').fill(patient.dateOfBirth);
    if (patient.mrn) await form.getByLabel('MRN (optional)').fill(patient.mrn);
    await form.getByLabel('Weight').fill(patient.weight);
    await form.getByLabel('Unit').selectOption(patient.unit ?? 'kg');
    await form.getByRole('button', { name: 'Register patient' }).click();
  }

  fieldError(label: string) {
    return this.page.getByRole('form', { name: 'Register a patient' }).getByRole('alert').filter({ hasText: label });
  }

  patientLink(name: string) {
    return this.page.getByRole('list', { name: 'Patients' }).getByRole('link', { name: new RegExp(name) });
  }
}
