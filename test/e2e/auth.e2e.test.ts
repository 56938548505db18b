// Sign-in, lock and the audit screen in a real Chromium: nothing shows until a nurse signs in; a wrong PIN is
// refused in plain words; Lock and the idle lock (by the harness clock) cover the app; an administrator verifies
// the audit trail and sees the first broken link after the file was edited behind the app's back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeBrowser, startHarness, type Harness } from './harness';
import { contract } from '../../src/shared/contract';
import { at, seedPatientWithSession } from './bedside-fixtures';
import { AuthPage } from './pages/auth.page';
import { PatientsPage } from './pages/patients.page';

describe('sign-in, lock and audit', () => {
  let h: Harness;
  let auth: AuthPage;
  beforeAll(async () => {
    h = await startHarness({ signedIn: null });
    auth = new AuthPage(h.page);
  });
  afterAll(async () => {
    await h?.close();
    await closeBrowser();
  });

  it('shows only the sign-in screen until a nurse signs in with her PIN', async () => {
    await auth.heading('Sign in').waitFor();
    expect(await h.page.getByRole('link', { name: 'Patients' }).count()).toBe(0);
    await auth.signIn('Nora Nurse', '0000');
    await expect.poll(() => auth.error().textContent()).toBe('Wrong PIN or password.');
    await h.screenshot('auth-01-sign-in-refused');
    await auth.signIn('Nora Nurse', h.users.nurse.secret);
    await expect.poll(() => auth.signedInUser().textContent()).toContain('Nora Nurse');
  });

  it('locks on the Lock button, and unlocks with the same PIN onto the same screen', async () => {
    const patients = new PatientsPage(h.page);
    await patients.open();
    await patients.register({ familyName: 'Rivera', givenName: 'Ana', dateOfBirth: '1984-02-29', weight: '70' });
    await h.page.getByRole('heading', { name: 'Rivera, Ana' }).waitFor();
    await auth.lock();
    await auth.heading('Workstation locked').waitFor();
    expect(await h.page.getByText('Rivera').isVisible()).toBe(false);
    await h.screenshot('auth-02-locked');
    await auth.signIn('Nora Nurse', h.users.nurse.secret);
    await h.page.getByRole('heading', { name: 'Rivera, Ana' }).waitFor();
  });

  it('keeps showing each chair with initials, phase and the running timer on the locked board, never the name', async () => {
    const { sessionId } = await seedPatientWithSession(h, { familyName: 'Okafor', givenName: 'Grace' }, 2);
    await h.call(contract.charting.checkIn, {
      sessionId,
      weight: { value: 70, unit: 'kg' },
      lastSolidFoodAt: at('07:00'),
      lastClearLiquidAt: at('11:00'),
      escort: { name: 'Sam Okafor', phone: '555-0100' },
    });
    await h.call(contract.vitals.record, { sessionId, systolic: 124, diastolic: 80, heartRate: 72, spo2: 98, respiratoryRate: 14 });
    await h.call(contract.charting.recordDose, {
      sessionId,
      weightBasis: 'actual',
      mgPerKg: 0.5,
      concentrationMgPerMl: 1,
      drug: { lot: 'KX-2291', expiry: '2027-06-30' },
    });
    await h.call(contract.charting.screen, { sessionId });
    await h.call(contract.charting.startInfusion, { sessionId });
    h.clock.advanceMinutes(12);
    await auth.lock();
    await auth.heading('Workstation locked').waitFor();
    const chair = h.page.getByTestId('locked-chair-2');
    await expect.poll(() => chair.textContent()).toContain('GO');
    expect(await chair.textContent()).toContain('Infusing');
    await expect.poll(() => h.page.getByTestId('locked-chair-2-timer').textContent()).toMatch(/Infusion 12:\d\d of 40 min/);
    expect(await h.page.getByText(/Okafor|Grace/).count()).toBe(0);
    await h.screenshot('auth-02b-locked-board');
    await auth.signIn('Nora Nurse', h.users.nurse.secret);
    await auth.signedInUser().waitFor();
  });

  it('locks itself after the idle time by the harness clock (the harness sets the longest, 60 min)', async () => {
    h.clock.advanceMinutes(59);
    await h.page.getByRole('link', { name: 'Patients' }).click();
    await h.page.getByRole('heading', { name: 'Patients', exact: true }).waitFor();
    h.clock.advanceMinutes(61);
    await h.page.getByRole('link', { name: 'Room board' }).click();
    await auth.heading('Workstation locked').waitFor();
    expect(await h.page.getByText('Rivera').isVisible()).toBe(false);
  });

  it("lets an administrator verify the trail, and names the first broken link after the file was edited", async () => {
    await auth.signIn('Avery Admin', h.users.admin.secret);
    await auth.openAdministration();
    expect(await auth.verifyAudit()).toMatch(/^The trail holds/);
    const sqlite = h.core.store.sqlite;
    sqlite.exec('DROP TRIGGER patients_refuse_update');
    sqlite.prepare("UPDATE patients SET family_name = 'Rivers'").run();
    const seq = (sqlite.prepare("SELECT seq FROM audit_log WHERE record_table = 'patients'").get() as { seq: number }).seq;
    const text = await auth.verifyAudit();
    expect(text).toContain(`First broken link: audit row ${seq}`);
    expect(text).toContain('was changed after it was written');
    await h.screenshot('auth-03-audit-broken');
  });
});
