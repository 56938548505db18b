// Shared steps for the charting tests: a registered patient with a profile, and a session opened in a chair.
import { contract } from '../../../../src/shared/contract';
import type { RequestOf } from '../../../../src/shared/contract/envelope';
import type { TestCore, } from '../../../support/core';
import type { TestUser } from '../../../support/users';

export const creds = (u: TestUser) => ({ userId: u.userId, secret: u.secret });

type Profile = Omit<RequestOf<typeof contract.patients.recordProfile>, 'patientId'>;

export const plainProfile: Profile = {
  sex: 'female',
  heightCm: 165,
  preferredLanguage: 'en',
  allergies: { ketamineHypersensitivity: false, other: [] },
  history: [],
  substanceMisuseHistory: false,
  medications: [{ name: 'sertraline', dailyDoseMg: 100 }],
  emergencyContact: { name: 'Sam Doe', phone: '555-0100' },
};

export async function patientWithSession(
  t: TestCore,
  options: { profile?: Partial<Profile> | null; route?: 'iv' | 'im' | 'intranasal'; plannedStart?: string; chair?: number } = {},
) {
  const patient = await t.ok(contract.patients.register, {
    familyName: 'Doe',
    givenName: 'Jane',
    dateOfBirth: '1980-05-01',
    weight: { value: 70, unit: 'kg' },
  });
  if (options.profile !== null) {
    await t.ok(contract.patients.recordProfile, { patientId: patient.id, ...plainProfile, ...options.profile });
  }
  const session = await t.ok(contract.sessions.open, {
    patientId: patient.id,
    chair: options.chair ?? 1,
    route: options.route ?? 'iv',
    plannedStart: options.plannedStart ?? t.clock.now().toISOString(),
    indication: 'depression',
    orderingPhysician: 'Dr Paul Physician',
  });
  return { patient, session, sessionId: session.id };
}

export const minutesAgo = (t: TestCore, minutes: number) => new Date(t.clock.now().getTime() - minutes * 60_000).toISOString();

export const calmVitals = { systolic: 124, diastolic: 78, heartRate: 72, spo2: 98, respiratoryRate: 14 };

/** Check-in with everything screening needs (fasted, escort named), then baseline vitals and the dose: ready to screen. */
export async function readyToScreen(t: TestCore, sessionId: string) {
  await t.ok(contract.charting.checkIn, {
    sessionId,
    weight: { value: 154, unit: 'lb' },
    lastSolidFoodAt: minutesAgo(t, 8 * 60),
    lastClearLiquidAt: minutesAgo(t, 3 * 60),
    escort: { name: 'Sam Doe', phone: '555-0100' },
  });
  await t.ok(contract.vitals.record, { sessionId, ...calmVitals });
  await t.ok(contract.charting.recordDose, {
    sessionId,
    weightBasis: 'actual',
    mgPerKg: 0.5,
    concentrationMgPerMl: 1,
    drug: { lot: 'K2291', expiry: '2027-06-30', vialStrengthMgPerMl: 50, vialVolumeMl: 10 },
  });
}

/** Ready to screen, screened, and the infusion started: a chair with its infusion running. */
export async function startInfusing(t: TestCore, sessionId: string) {
  await readyToScreen(t, sessionId);
  await t.ok(contract.charting.screen, { sessionId });
  return t.ok(contract.charting.startInfusion, { sessionId });
}
