// The rules enforced on the main side through the dispatch: each refusal has its code and writes nothing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contract } from '../../../../src/shared/contract';
import { startTestCore, type TestCore } from '../../../support/core';
import { calmVitals, creds, minutesAgo, patientWithSession, readyToScreen } from './fixtures';
import { idToBytes } from '../../../../src/main/data/uuid-bytes';

let t: TestCore;
beforeEach(async () => {
  t = await startTestCore();
});
afterEach(async () => {
  await t.close({ remove: true });
});

const entryCount = (sessionId: string) =>
  (t.core.store.sqlite.prepare('SELECT count(*) AS n FROM entries WHERE session_id = ?').get(idToBytes(sessionId)) as { n: number }).n;

async function infusing(sessionId: string) {
  await readyToScreen(t, sessionId);
  await t.ok(contract.charting.screen, { sessionId });
  await t.ok(contract.charting.startInfusion, { sessionId });
}

describe('illegal steps are refused with a specific message and change nothing', () => {
  it.each([
    ['starting before check-in', contract.charting.startInfusion, {}],
    ['pausing before the start', contract.charting.pauseInfusion, { reason: 'because' }],
    ['starting the rest before the infusion', contract.charting.startRest, {}],
    ['discharging a scheduled session', contract.charting.discharge, {}],
    ['signing a scheduled session', contract.charting.sign, {}],
  ] as const)('refuses %s', async (_name, channel, extra) => {
    const { sessionId } = await patientWithSession(t);
    const before = entryCount(sessionId);
    const answer = await t.call(channel, { sessionId, ...extra } as never);
    expect(answer).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(!answer.ok && answer.error.message).toMatch(/not possible while the session is scheduled/);
    expect(entryCount(sessionId)).toBe(before);
  });

  it('refuses to start an infusion twice', async () => {
    const { sessionId } = await patientWithSession(t);
    await infusing(sessionId);
    const again = await t.call(contract.charting.startInfusion, { sessionId });
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining('infusing') } });
  });

  it('refuses a step for a session that does not exist', async () => {
    const answer = await t.call(contract.charting.startInfusion, { sessionId: '01890000-0000-7000-8000-000000000000' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});

describe('dose and drug record', () => {
  it.each([
    [0.09, 'rule_blocked'],
    [0.76, 'rule_blocked'],
  ])('refuses %s mg/kg', async (mgPerKg, code) => {
    const { sessionId } = await patientWithSession(t);
    await t.ok(contract.charting.checkIn, { sessionId, weight: { value: 70, unit: 'kg' } });
    const answer = await t.call(contract.charting.recordDose, { sessionId, weightBasis: 'actual', mgPerKg, concentrationMgPerMl: 1, drug: { lot: 'L1', expiry: '2027-01-01' } });
    expect(answer).toMatchObject({ ok: false, error: { code, field: 'mgPerKg' } });
  });

  it('refuses an expired vial (expired yesterday)', async () => {
    const { sessionId } = await patientWithSession(t);
    await t.ok(contract.charting.checkIn, { sessionId, weight: { value: 70, unit: 'kg' } });
    const answer = await t.call(contract.charting.recordDose, { sessionId, weightBasis: 'actual', mgPerKg: 0.5, concentrationMgPerMl: 1, drug: { lot: 'L1', expiry: '2026-11-24' } });
    expect(answer).toMatchObject({ ok: false, error: { code: 'rule_blocked', field: 'drug.expiry' } });
  });

  it('doses on ideal weight (Devine, from the profile) and keeps the lb the nurse typed', async () => {
    const { sessionId } = await patientWithSession(t, { profile: { sex: 'male', heightCm: 182.88 } });
    await t.ok(contract.charting.checkIn, { sessionId, weight: { value: 220, unit: 'lb' } });
    const { chart } = await t.ok(contract.charting.recordDose, { sessionId, weightBasis: 'ideal', mgPerKg: 0.5, concentrationMgPerMl: 1, plannedRunMinutes: 50, drug: { lot: 'L1', expiry: '2027-01-01' } });
    expect(chart.checkIn).toMatchObject({ weightKg: 99.8, weightEntered: { value: 220, unit: 'lb' } });
    expect(chart.dose).toMatchObject({ weightBasis: 'ideal', idealWeightKg: 77.6, dosingWeightKg: 77.6, totalMg: 38.8, pumpRateMlPerH: 46.6 });
  });

  it('intranasal esketamine: 3 devices of 28 mg is 84 mg, and weight-based fields are refused', async () => {
    const { sessionId } = await patientWithSession(t, { route: 'intranasal' });
    await t.ok(contract.charting.checkIn, { sessionId, weight: { value: 70, unit: 'kg' } });
    const wrong = await t.call(contract.charting.recordDose, { sessionId, mgPerKg: 0.5, intranasalDevices: 2, drug: { lot: 'E1', expiry: '2027-01-01' } });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'mgPerKg' } });
    const { chart } = await t.ok(contract.charting.recordDose, { sessionId, intranasalDevices: 3, drug: { lot: 'E1', expiry: '2027-01-01' } });
    expect(chart.dose).toMatchObject({ totalMg: 84, intranasalDevices: 3, drug: { name: 'esketamine' } });
  });

  it('wasting needs a second person as witness; the signed-in nurse cannot witness her own waste', async () => {
    const { sessionId } = await patientWithSession(t);
    await infusing(sessionId);
    t.clock.advanceMinutes(40);
    await t.ok(contract.charting.stopInfusion, { sessionId });
    expect(await t.call(contract.charting.recordDrugUse, { sessionId, amountGivenMg: 35, amountWastedMg: 15 })).toMatchObject({ ok: false, error: { code: 'rule_blocked', field: 'witness' } });
    expect(await t.call(contract.charting.recordDrugUse, { sessionId, amountGivenMg: 35, amountWastedMg: 15, witness: creds(t.users.nurse) })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const { chart } = await t.ok(contract.charting.recordDrugUse, { sessionId, amountGivenMg: 35, amountWastedMg: 15, witness: creds(t.users.nurse2) });
    expect(chart.dose?.use).toMatchObject({ givenMg: 35, wastedMg: 15, witnessName: 'Nia Second' });
  });
});

describe('timing rules', () => {
  it.each([
    ['39 min needs a reason', 39, false],
    ['40 min needs none', 40, true],
    ['60 min needs none', 60, true],
    ['61 min needs a reason', 61, false],
  ])('IV run time %s', async (_name, minutes, ok) => {
    const { sessionId } = await patientWithSession(t);
    await infusing(sessionId);
    t.clock.advanceMinutes(minutes);
    const answer = await t.call(contract.charting.stopInfusion, { sessionId });
    expect(answer.ok).toBe(ok);
    if (!ok) {
      expect(answer).toMatchObject({ ok: false, error: { code: 'rule_blocked', field: 'reason' } });
      await t.ok(contract.charting.stopInfusion, { sessionId, reason: 'patient asked to stop' });
    }
  });

  it('discharge before the minimum rest needs a physician override, which is part of the record', async () => {
    const { sessionId } = await patientWithSession(t);
    await infusing(sessionId);
    t.clock.advanceMinutes(40);
    await t.ok(contract.charting.stopInfusion, { sessionId });
    await t.ok(contract.charting.startRest, { sessionId });
    t.clock.advanceMinutes(10);
    await t.ok(contract.charting.recordDischargeAssessment, { sessionId, scale: 'aldrete', items: { activity: 2, respiration: 2, circulation: 2, consciousness: 2, oxygenSaturation: 1 } });
    const ready = await t.ok(contract.charting.confirmEscort, { sessionId, escortName: 'Sam Doe' });
    expect(ready.chart.actions.discharge).toMatchObject({ allowed: true, requiresPhysician: true });
    expect(ready.chart.rest.remainingMs).toBe(10 * 60_000);
    expect(await t.call(contract.charting.discharge, { sessionId })).toMatchObject({ ok: false, error: { code: 'rule_blocked' } });
    const out = await t.ok(contract.charting.discharge, { sessionId, earlyDischargeOverride: { reason: 'ride waiting, stable', approver: creds(t.users.physician) } });
    expect(out.chart.discharge.earlyDischargeOverride).toMatchObject({ approverName: 'Paul Physician' });
  });

  it('discharge is refused while an alert is open and before the escort is confirmed', async () => {
    const { sessionId } = await patientWithSession(t);
    await infusing(sessionId);
    t.clock.advanceMinutes(40);
    await t.ok(contract.vitals.record, { sessionId, ...calmVitals, spo2: 90 });
    await t.ok(contract.charting.stopInfusion, { sessionId });
    await t.ok(contract.charting.startRest, { sessionId });
    t.clock.advanceMinutes(25);
    const ready = await t.ok(contract.charting.recordDischargeAssessment, { sessionId, scale: 'aldrete', items: { activity: 2, respiration: 2, circulation: 2, consciousness: 2, oxygenSaturation: 2 } });
    expect(ready.chart.actions.discharge).toMatchObject({ allowed: false, reason: expect.stringContaining('open alert') });
    await t.ok(contract.charting.acknowledgeAlert, { sessionId, alertId: ready.chart.alerts.open[0].id, actionTaken: 'repositioned probe, 97 %' });
    const answer = await t.call(contract.charting.discharge, { sessionId });
    expect(answer).toMatchObject({ ok: false, error: { code: 'rule_blocked', message: expect.stringContaining('escort') } });
  });

  it('vitals are due every 15 min from the start and overdue after', async () => {
    const { sessionId } = await patientWithSession(t);
    await infusing(sessionId);
    t.clock.advanceMinutes(16);
    const chart = await t.ok(contract.sessions.chart, { sessionId });
    expect(chart.vitals).toMatchObject({ nextDueAt: '2026-11-25T14:15:00.000Z', overdue: true, overdueByMs: 60_000 });
  });

  it('the benzodiazepine earliest resume time is infusion end + 6 h', async () => {
    const { sessionId } = await patientWithSession(t, { profile: { medications: [{ name: 'Klonopin', dailyDoseMg: 1, lastDoseAt: '2026-11-23T08:00:00.000Z' }] } });
    await infusing(sessionId);
    t.clock.advanceMinutes(40);
    const { chart } = await t.ok(contract.charting.stopInfusion, { sessionId });
    expect(chart.benzodiazepine).toEqual({ drugs: ['Klonopin'], holdApplies: true, earliestResumeAt: '2026-11-25T20:40:00.000Z' });
  });

  it('a relative contraindication needs a physician acknowledgement, not a nurse', async () => {
    const { sessionId } = await patientWithSession(t, { profile: { medications: [{ name: 'LAMICTAL' }] } });
    await readyToScreen(t, sessionId);
    const { chart } = await t.ok(contract.charting.screen, { sessionId });
    expect(chart.actions.startInfusion).toMatchObject({ allowed: false, reason: expect.stringContaining('LAMICTAL') });
    const wrong = await t.call(contract.charting.resolveScreeningItem, { sessionId, key: 'relative_contraindication:lamotrigine', decision: 'override', reason: 'fine to go', approver: creds(t.users.physician) });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'conflict', field: 'decision' } });
    await t.ok(contract.charting.resolveScreeningItem, { sessionId, key: 'relative_contraindication:lamotrigine', decision: 'acknowledge', reason: 'discussed, proceed', approver: creds(t.users.physician) });
    await t.ok(contract.charting.startInfusion, { sessionId });
  });

  it('refuses a late entry time in the future and a pause before the start', async () => {
    const { sessionId } = await patientWithSession(t);
    await infusing(sessionId);
    t.clock.advanceMinutes(10);
    expect(await t.call(contract.charting.pauseInfusion, { sessionId, reason: 'break', recordedAt: '2026-11-25T15:00:00.000Z' })).toMatchObject({ ok: false, error: { field: 'recordedAt' } });
    expect(await t.call(contract.charting.pauseInfusion, { sessionId, reason: 'break', recordedAt: minutesAgo(t, 20) })).toMatchObject({ ok: false, error: { field: 'recordedAt' } });
  });
});

describe('settings through the contract', () => {
  it('reads the defaults with their ranges, changes one, and refuses an out-of-range value whole', async () => {
    const view = await t.ok(contract.settings.get, {});
    expect(view.values.vitalsIntervalMinutes).toBe(15);
    expect(view.definitions.find((d) => d.key === 'benzoHoldHours')).toMatchObject({ min: 24, max: 48, value: 24, changedAt: null });
    const changed = await t.ok(contract.settings.update, { changes: { vitalsIntervalMinutes: 10 } });
    expect(changed.values.vitalsIntervalMinutes).toBe(10);
    const refused = await t.call(contract.settings.update, { changes: { minRestMinutes: 25, vitalsIntervalMinutes: 9 } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'changes.vitalsIntervalMinutes' } });
    expect((await t.ok(contract.settings.get, {})).values).toMatchObject({ minRestMinutes: 20, vitalsIntervalMinutes: 10 });
  });

  it('a changed setting drives the rules (rest 30 min)', async () => {
    await t.ok(contract.settings.update, { changes: { minRestMinutes: 30 } });
    const { sessionId } = await patientWithSession(t);
    await infusing(sessionId);
    t.clock.advanceMinutes(40);
    const { chart } = await t.ok(contract.charting.stopInfusion, { sessionId });
    expect(chart.rest).toMatchObject({ minimumMinutes: 30, earliestDischargeAt: '2026-11-25T15:10:00.000Z' });
  });

  it('clock:now answers with the main side\'s clock', async () => {
    t.clock.advanceMinutes(7);
    expect(await t.ok(contract.clock.now, {})).toEqual({ now: '2026-11-25T14:07:00.000Z' });
  });
});
