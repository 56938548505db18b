// Seed data for the bedside e2e tests, written through the core as the nurse would have charted it earlier (the
// patient's registration and profile, a session booked in a chair, and for some tests the steps before the part
// under test), plus the screenshot helper that saves each screen in normal and dim mode.
import { contract } from '../../src/shared/contract';
import type { Harness } from './harness';

export const DAY = '2026-11-25';
export const at = (hhmm: string) => `${DAY}T${hhmm}:00.000Z`;
/** What a datetime-local field takes; the harness browser runs in UTC. */
export const local = (hhmm: string, day = DAY) => `${day}T${hhmm}`;

export interface SeedPatient {
  familyName: string;
  givenName: string;
  heartAttackOn?: string;
  /** false: the test records the profile through the screen. */
  profile?: boolean;
}

export async function seedPatientWithSession(h: Harness, p: SeedPatient, chair: number, plannedStart = at('14:00')) {
  const patient = await h.call(contract.patients.register, {
    familyName: p.familyName,
    givenName: p.givenName,
    dateOfBirth: '1984-02-29',
    weight: { value: 70, unit: 'kg' },
  });
  if (p.profile !== false) await h.call(contract.patients.recordProfile, {
    patientId: patient.id,
    sex: 'female',
    heightCm: 168,
    preferredLanguage: 'en',
    allergies: { ketamineHypersensitivity: false, other: [] },
    history: p.heartAttackOn ? [{ condition: 'heart_attack', date: p.heartAttackOn }] : [],
    substanceMisuseHistory: false,
    medications: [],
    emergencyContact: { name: 'Sam Rivera', phone: '555-0100' },
  });
  const session = await h.call(contract.sessions.open, { patientId: patient.id, chair, route: 'iv', plannedStart, indication: 'depression' });
  return { patientId: patient.id, sessionId: session.id };
}

/** Check-in, baseline vitals, dose and screening, as charted through the core. */
export async function seedScreened(h: Harness, sessionId: string) {
  await h.call(contract.charting.checkIn, {
    sessionId,
    weight: { value: 70, unit: 'kg' },
    lastSolidFoodAt: at('07:00'),
    lastClearLiquidAt: at('11:00'),
    escort: { name: 'Sam Rivera', phone: '555-0100' },
  });
  await h.call(contract.vitals.record, { sessionId, systolic: 124, diastolic: 80, heartRate: 72, spo2: 98, respiratoryRate: 14 });
  await h.call(contract.charting.recordDose, { sessionId, weightBasis: 'actual', mgPerKg: 0.5, concentrationMgPerMl: 1, drug: { lot: 'KX-2291', expiry: '2027-06-30' } });
  return h.call(contract.charting.screen, { sessionId });
}

export async function seedInfusing(h: Harness, sessionId: string) {
  await seedScreened(h, sessionId);
  return h.call(contract.charting.startInfusion, { sessionId });
}

/** Saves the current screen twice, as `<name>-normal.png` and `<name>-dim.png`, and leaves the theme as it was. */
export async function screenshotBothModes(h: Harness, name: string): Promise<void> {
  const toggle = h.page.getByRole('button', { name: 'Dim mode' });
  const dim = (await toggle.getAttribute('aria-pressed')) === 'true';
  await h.screenshot(`${name}-${dim ? 'dim' : 'normal'}`);
  await toggle.click();
  await h.page.locator(`html[data-theme='${dim ? 'normal' : 'dim'}']`).waitFor({ state: 'attached' });
  await h.screenshot(`${name}-${dim ? 'normal' : 'dim'}`);
  await toggle.click();
  await h.page.locator(`html[data-theme='${dim ? 'dim' : 'normal'}']`).waitFor({ state: 'attached' });
}
