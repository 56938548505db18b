// The foundation's slice in a real Chromium against a real database: register a patient, open a session in a
// chair, chart one vitals set; after a page reload and a server restart everything is still there and shown.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toDateTimeLocal } from '../../src/renderer/components/format';
import { closeBrowser, startHarness, type Harness } from './harness';
import { PatientPage } from './pages/patient.page';
import { PatientsPage } from './pages/patients.page';
import { SessionPage } from './pages/session.page';

describe('register, open a session, chart vitals, survive a restart', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
    await closeBrowser();
  });

  it('registers a patient typed in pounds and shows the weight in kg with what was typed', async () => {
    const patients = new PatientsPage(h.page);
    await patients.open();
    await h.screenshot('slice-01-patients-empty');
    await patients.register({ familyName: 'Rivera', givenName: 'Ana', dateOfBirth: '1984-02-29', mrn: 'MRN-1001', weight: '150', unit: 'lb' });
    const patient = new PatientPage(h.page);
    await patient.heading('Rivera, Ana').waitFor();
    await expect.poll(() => patient.weight().textContent()).toBe('68 kg (entered 150 lb)');
  });

  it('opens a session in chair 3 and charts one vitals set with Tab and Enter', async () => {
    const patient = new PatientPage(h.page);
    // The default is now by the main side's clock (the harness's), whatever this machine's clock says.
    await expect.poll(() => patient.plannedStartValue()).toBe(toDateTimeLocal(h.clock.now()));
    await patient.openSession({ chair: '3', plannedStart: '2026-11-25T14:00' });
    const session = new SessionPage(h.page);
    await expect.poll(() => session.chair().textContent()).toBe('3');
    await session.recordVitals({ systolic: '128', diastolic: '82', heartRate: '74', spo2: '98', respiratoryRate: '14' });
    await session.savedIndicator().waitFor();
    await expect.poll(() => session.vitalsRows().count()).toBe(1);
    expect(await session.vitalsRows().first().textContent()).toContain('128/82');
    await h.screenshot('slice-02-session-with-vitals');
  });

  it('shows the refusal next to the field and keeps what was typed when diastolic is above systolic', async () => {
    const session = new SessionPage(h.page);
    await session.recordVitals({ systolic: '80', diastolic: '120', heartRate: '74', spo2: '98', respiratoryRate: '14' });
    await session.fieldError('must be below systolic').waitFor();
    expect(await h.page.getByLabel('Systolic (mmHg)').inputValue()).toBe('80');
    expect(await session.vitalsRows().count()).toBe(1);
    await h.screenshot('slice-03-vitals-refused');
  });

  it('shows the same patient, session and vitals after a page reload and a server restart', async () => {
    const url = h.page.url();
    await h.page.reload();
    const session = new SessionPage(h.page);
    await expect.poll(() => session.vitalsRows().count()).toBe(1);

    await h.restartServer();
    await h.page.goto(url);
    await h.page.reload(); // a new server run has a new token: the nurse's page loads again, as after an app restart
    await expect.poll(() => session.vitalsRows().count()).toBe(1);
    expect(await session.vitalsRows().first().textContent()).toContain('128/82');
    await h.page.getByRole('link', { name: 'Rivera, Ana' }).click();
    const patient = new PatientPage(h.page);
    await expect.poll(() => patient.sessionLinks().count()).toBe(1);
    expect(await patient.sessionLinks().first().textContent()).toContain('Chair 3');
    await h.screenshot('slice-04-after-restart');
  });
});
