// Through the contract, every channel carrying approver credentials refuses a nurse's (and the signed-in nurse as
// her own witness), writes nothing for the refused step, and accepts the physician typing their own PIN.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contract } from '../../../../src/shared/contract';
import { startTestCore, type TestCore } from '../../../support/core';
import { idsAsText } from '../../../../src/main/data/uuid-bytes';

const AT = (hhmm: string) => `2026-11-25T${hhmm}:00.000Z`;

async function sessionWithRecentHeartAttack(t: TestCore) {
  const patient = await t.ok(contract.patients.register, {
    familyName: 'Rivera',
    givenName: 'Ana',
    dateOfBirth: '1984-02-29',
    weight: { value: 70, unit: 'kg' },
  });
  await t.ok(contract.patients.recordProfile, {
    patientId: patient.id,
    sex: 'female',
    heightCm: 168,
    preferredLanguage: 'en',
    allergies: { ketamineHypersensitivity: false, other: [] },
    history: [{ condition: 'heart_attack', date: '2026-09-01' }],
    substanceMisuseHistory: false,
    medications: [],
  });
  const session = await t.ok(contract.sessions.open, { patientId: patient.id, chair: 1, route: 'iv', plannedStart: AT('14:00') });
  await t.ok(contract.charting.checkIn, {
    sessionId: session.id,
    weight: { value: 70, unit: 'kg' },
    lastSolidFoodAt: AT('07:00'),
    lastClearLiquidAt: AT('11:00'),
    escort: { name: 'Sam Rivera', phone: '555-0100' },
  });
  await t.ok(contract.vitals.record, { sessionId: session.id, systolic: 124, diastolic: 80, heartRate: 72, spo2: 98, respiratoryRate: 14 });
  await t.ok(contract.charting.recordDose, {
    sessionId: session.id,
    weightBasis: 'actual',
    mgPerKg: 0.5,
    concentrationMgPerMl: 1,
    drug: { lot: 'KX-2291', expiry: '2027-06-30' },
  });
  const screened = await t.ok(contract.charting.screen, { sessionId: session.id });
  return { sessionId: session.id, chart: screened.chart };
}

const entryCount = (t: TestCore) => (t.core.store.sqlite.prepare('SELECT count(*) AS n FROM entries').get() as { n: number }).n;

describe('physician-only channels', () => {
  let t: TestCore;
  beforeEach(async () => {
    t = await startTestCore();
  });
  afterEach(async () => {
    await t.close({ remove: true });
  });

  it("charting:resolve-screening-item refuses a nurse's credentials for a hard-stop override, and takes the physician's", async () => {
    const { sessionId, chart } = await sessionWithRecentHeartAttack(t);
    const hardStop = chart.screening!.items.find((i) => i.severity === 'hard_stop')!;
    const request = { sessionId, key: hardStop.key, decision: 'override' as const, reason: 'Cardiology cleared the patient.' };
    for (const who of ['nurse', 'nurse2', 'admin'] as const) {
      const before = entryCount(t);
      const answer = await t.call(contract.charting.resolveScreeningItem, { ...request, approver: { userId: t.users[who].userId, secret: t.users[who].secret } });
      expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(entryCount(t)).toBe(before);
    }
    const done = await t.ok(contract.charting.resolveScreeningItem, {
      ...request,
      approver: { userId: t.users.physician.userId, secret: t.users.physician.secret },
    });
    const resolution = done.chart.screening!.items.find((i) => i.key === hardStop.key)!.resolution;
    expect(resolution).toMatchObject({ approverUserId: t.users.physician.userId });
    // The override entry is the nurse's (she charted it); the approval names the physician.
    const row = idsAsText(t.core.store.sqlite.prepare("SELECT author_user_id FROM entries WHERE kind = 'screening_resolution'").get());
    expect(row).toEqual({ author_user_id: t.users.nurse.userId });
  });

  it('charting:record-drug-use refuses the signed-in nurse as her own waste witness', async () => {
    const { sessionId, chart } = await sessionWithRecentHeartAttack(t);
    const hardStop = chart.screening!.items.find((i) => i.severity === 'hard_stop')!;
    await t.ok(contract.charting.resolveScreeningItem, {
      sessionId,
      key: hardStop.key,
      decision: 'override',
      reason: 'Cardiology cleared the patient.',
      approver: { userId: t.users.physician.userId, secret: t.users.physician.secret },
    });
    await t.ok(contract.charting.startInfusion, { sessionId });
    t.clock.advanceMinutes(40);
    await t.ok(contract.charting.stopInfusion, { sessionId });
    const self = await t.call(contract.charting.recordDrugUse, {
      sessionId,
      amountGivenMg: 35,
      amountWastedMg: 15,
      witness: { userId: t.users.nurse.userId, secret: t.users.nurse.secret },
    });
    expect(self).toMatchObject({ ok: false, error: { code: 'forbidden', message: 'A witness must be a second person, not the signed-in user.' } });
    const witnessed = await t.ok(contract.charting.recordDrugUse, {
      sessionId,
      amountGivenMg: 35,
      amountWastedMg: 15,
      witness: { userId: t.users.nurse2.userId, secret: t.users.nurse2.secret },
    });
    expect(witnessed.chart.dose?.use).toMatchObject({ witnessUserId: t.users.nurse2.userId });
  });

  it("charting:discharge refuses a nurse's credentials for a discharge before the minimum rest", async () => {
    const { sessionId, chart } = await sessionWithRecentHeartAttack(t);
    const hardStop = chart.screening!.items.find((i) => i.severity === 'hard_stop')!;
    const physician = { userId: t.users.physician.userId, secret: t.users.physician.secret };
    await t.ok(contract.charting.resolveScreeningItem, { sessionId, key: hardStop.key, decision: 'override', reason: 'Cardiology cleared.', approver: physician });
    await t.ok(contract.charting.startInfusion, { sessionId });
    t.clock.advanceMinutes(40);
    await t.ok(contract.vitals.record, { sessionId, systolic: 126, diastolic: 80, heartRate: 74, spo2: 98, respiratoryRate: 14 });
    await t.ok(contract.charting.stopInfusion, { sessionId });
    await t.ok(contract.charting.startRest, { sessionId });
    t.clock.advanceMinutes(5);
    await t.ok(contract.charting.recordDischargeAssessment, {
      sessionId,
      scale: 'aldrete',
      items: { activity: 2, respiration: 2, circulation: 2, consciousness: 2, oxygenSaturation: 2 },
    });
    await t.ok(contract.charting.confirmEscort, { sessionId, escortName: 'Sam Rivera' });
    const request = { sessionId, earlyDischargeOverride: { reason: 'Patient well, escort must leave.', approver: { userId: t.users.nurse.userId, secret: t.users.nurse.secret } } };
    const before = entryCount(t);
    expect(await t.call(contract.charting.discharge, request)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(entryCount(t)).toBe(before);
    const done = await t.ok(contract.charting.discharge, { ...request, earlyDischargeOverride: { ...request.earlyDischargeOverride, approver: physician } });
    expect(done.chart.phase).toBe('discharged');
  });
});
