// Through the dispatch on a real database: an uneventful and an eventful IV session from check-in to signed.
import { afterEach, describe, expect, it } from 'vitest';
import { contract } from '../../../../src/shared/contract';
import { startTestCore, type TestCore } from '../../../support/core';
import { calmVitals, creds, patientWithSession, readyToScreen } from './fixtures';

let t: TestCore;
afterEach(async () => {
  await t?.close({ remove: true });
});

describe('charting a session through the contract', () => {
  it('charts an uneventful session from check-in to signed', async () => {
    t = await startTestCore();
    const { sessionId } = await patientWithSession(t);
    await readyToScreen(t, sessionId);
    const screened = await t.ok(contract.charting.screen, { sessionId });
    expect(screened.chart.phase).toBe('screened');
    expect(screened.chart.screening?.canStart).toBe(true);
    expect(screened.chart.checkIn?.weightKg).toBe(69.9); // 154 lb
    expect(screened.chart.dose).toMatchObject({ totalMg: 35, volumeMl: 35, pumpRateMlPerH: 52.5, plannedRunMinutes: 40 });

    await t.ok(contract.charting.startInfusion, { sessionId });
    for (let minute = 15; minute <= 40; minute += 15) {
      t.clock.advanceMinutes(15);
      await t.ok(contract.vitals.record, { sessionId, ...calmVitals });
    }
    t.clock.advanceMinutes(10); // 40 min
    const mid = await t.ok(contract.sessions.chart, { sessionId });
    expect(mid.infusion.elapsedMs).toBe(40 * 60_000);
    await t.ok(contract.charting.recordDissociation, { sessionId, rating: 1, note: 'calm, reflective' });
    await t.ok(contract.charting.recordSedation, { sessionId, scale: 'moaas', score: 5 });
    const stopped = await t.ok(contract.charting.stopInfusion, { sessionId });
    expect(stopped.chart.phase).toBe('infusion_ended');
    await t.ok(contract.charting.startRest, { sessionId });
    t.clock.advanceMinutes(10);
    await t.ok(contract.vitals.record, { sessionId, ...calmVitals });
    t.clock.advanceMinutes(10);
    await t.ok(contract.vitals.record, { sessionId, ...calmVitals });
    const ready = await t.ok(contract.charting.recordDischargeAssessment, {
      sessionId,
      scale: 'aldrete',
      items: { activity: 2, respiration: 2, circulation: 2, consciousness: 2, oxygenSaturation: 2 },
    });
    expect(ready.chart.phase).toBe('ready_for_discharge');
    await t.ok(contract.charting.confirmEscort, { sessionId, escortName: 'sam doe' });
    const out = await t.ok(contract.charting.discharge, { sessionId });
    expect(out.chart.phase).toBe('discharged');
    expect(out.chart.discharge.escortConfirmed).toMatchObject({ name: 'sam doe', matchesCheckIn: true });
    await t.ok(contract.charting.recordDrugUse, { sessionId, amountGivenMg: 35, amountWastedMg: 15, witness: creds(t.users.nurse2) });
    const signed = await t.ok(contract.charting.sign, { sessionId });
    expect(signed.chart.phase).toBe('signed');
    expect(signed.chart.signature).toMatchObject({ signerName: 'Nora Nurse', meaning: 'author' });
    expect(signed.chart.series.label).toBe('infusion 1 of 6');
    const times = signed.chart.timeline.map((e) => e.recordedAt);
    expect([...times].sort()).toEqual(times);
  });

  it('charts an eventful session: systolic 186 at 40 min acknowledged with labetalol, nausea with ondansetron, paused and resumed', async () => {
    t = await startTestCore();
    const { sessionId } = await patientWithSession(t);
    await readyToScreen(t, sessionId);
    await t.ok(contract.charting.screen, { sessionId });
    await t.ok(contract.charting.startInfusion, { sessionId });
    t.clock.advanceMinutes(15);
    await t.ok(contract.vitals.record, { sessionId, ...calmVitals, systolic: 142, diastolic: 88 });
    t.clock.advanceMinutes(5); // 20 min
    await t.ok(contract.charting.recordAdverseEvent, {
      sessionId,
      event: 'nausea',
      intervention: { kind: 'medication', medication: { name: 'ondansetron', dose: '4 mg', route: 'odt' } },
    });
    const paused = await t.ok(contract.charting.pauseInfusion, { sessionId, reason: 'nausea, waiting for ondansetron to act' });
    expect(paused.chart.phase).toBe('paused');
    expect(paused.chart.actions.pauseInfusion).toMatchObject({ allowed: false });
    t.clock.advanceMinutes(5);
    const resumed = await t.ok(contract.charting.resumeInfusion, { sessionId });
    expect(resumed.chart.infusion.elapsedMs).toBe(20 * 60_000);
    t.clock.advanceMinutes(5); // wall 30
    await t.ok(contract.vitals.record, { sessionId, ...calmVitals, systolic: 158, diastolic: 94 });
    t.clock.advanceMinutes(10); // wall 40
    await t.ok(contract.vitals.record, { sessionId, ...calmVitals, systolic: 186, diastolic: 104, heartRate: 96 });
    const alerted = await t.ok(contract.sessions.chart, { sessionId });
    expect(alerted.alerts.open).toHaveLength(1);
    expect(alerted.alerts.open[0].breaches).toEqual([expect.objectContaining({ parameter: 'systolic', value: 186, threshold: 180 })]);
    const board = await t.ok(contract.board.get, {});
    expect(board.chairs.find((c) => c.chair === 1)?.session?.openAlerts).toHaveLength(1);

    const acked = await t.ok(contract.charting.acknowledgeAlert, {
      sessionId,
      alertId: alerted.alerts.open[0].id,
      actionTaken: 'Rechecked 184/102; physician informed; labetalol given',
      medicationGiven: { name: 'labetalol', dose: '10 mg', route: 'iv' },
    });
    expect(acked.chart.alerts.open).toHaveLength(0);
    expect(acked.chart.alerts.all[0].acknowledgement?.medicationGiven).toBe('labetalol 10 mg iv');
    t.clock.advanceMinutes(5); // wall 45, infusion 40
    const stopped = await t.ok(contract.charting.stopInfusion, { sessionId });
    expect(stopped.chart.infusion).toMatchObject({ elapsedMs: 40 * 60_000, running: false, endReason: 'completed' });
    expect(stopped.chart.infusion.pauses).toHaveLength(1);
    await t.ok(contract.charting.startRest, { sessionId });
    t.clock.advanceMinutes(15);
    await t.ok(contract.vitals.record, { sessionId, ...calmVitals, systolic: 138 });
    t.clock.advanceMinutes(10);
    await t.ok(contract.charting.recordDischargeAssessment, {
      sessionId,
      scale: 'padss',
      items: { vitalSigns: 2, activity: 2, nauseaVomiting: 1, pain: 2, bleeding: 2 },
    });
    await t.ok(contract.charting.confirmEscort, { sessionId, escortName: 'Sam Doe' });
    await t.ok(contract.charting.discharge, { sessionId, nextAppointment: '2026-12-02T14:00:00.000Z' });
    await t.ok(contract.charting.recordDrugUse, { sessionId, amountGivenMg: 35, amountWastedMg: 15, witness: creds(t.users.nurse2) });
    const signed = await t.ok(contract.charting.sign, { sessionId });
    expect(signed.chart.phase).toBe('signed');
    const kinds = signed.chart.timeline.map((e) => e.kind);
    expect(kinds).toEqual(expect.arrayContaining(['adverse_event', 'infusion_paused', 'infusion_resumed', 'alert_raised', 'alert_acknowledged', 'signed']));
    expect(signed.chart.timeline.find((e) => e.kind === 'adverse_event')?.summary).toContain('ondansetron 4 mg');

    // After sign-off the record is frozen: a vitals set is refused and nothing is written; an addendum is the way.
    const late = await t.call(contract.vitals.record, { sessionId, ...calmVitals });
    expect(late).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const addendum = await t.ok(contract.charting.addAddendum, {
      sessionId,
      reason: 'late documentation',
      text: 'Ondansetron given at 20 min, tolerated well.',
      amendsEntryId: signed.chart.timeline.find((e) => e.kind === 'adverse_event')!.id,
    });
    const order = addendum.chart.timeline.map((e) => e.kind);
    expect(order[order.indexOf('adverse_event') + 1]).toBe('addendum');
    expect(addendum.chart.timeline.length).toBe(signed.chart.timeline.length + 1);
  });

  it('keeps the elapsed infusion time right across a restart of the app', async () => {
    t = await startTestCore();
    const { sessionId } = await patientWithSession(t);
    await readyToScreen(t, sessionId);
    await t.ok(contract.charting.screen, { sessionId });
    await t.ok(contract.charting.startInfusion, { sessionId });
    t.clock.advanceMinutes(12);
    await t.ok(contract.charting.pauseInfusion, { sessionId, reason: 'patient asked for a break' });
    t.clock.advanceMinutes(3);
    await t.ok(contract.charting.resumeInfusion, { sessionId });
    t.clock.advanceMinutes(7);
    t = await t.restart();
    const chart = await t.ok(contract.sessions.chart, { sessionId });
    expect(chart.phase).toBe('infusing');
    expect(chart.infusion).toMatchObject({ running: true, elapsedMs: 19 * 60_000 });
  });

  it('stops a blocked start (heart attack 3 months ago) until a physician overrides with a reason', async () => {
    t = await startTestCore();
    const { sessionId } = await patientWithSession(t, { profile: { history: [{ condition: 'heart_attack', date: '2026-08-25' }] } });
    await readyToScreen(t, sessionId);
    const screened = await t.ok(contract.charting.screen, { sessionId });
    expect(screened.chart.screening?.items.find((i) => i.code === 'recent_heart_attack')).toMatchObject({ severity: 'hard_stop', blocksStart: true, resolvedBy: 'physician_override' });
    const refused = await t.call(contract.charting.startInfusion, { sessionId });
    expect(refused).toMatchObject({ ok: false, error: { code: 'rule_blocked' } });

    const byNurse = await t.call(contract.charting.resolveScreeningItem, { sessionId, key: 'recent_heart_attack', decision: 'override', reason: 'cardiology cleared', approver: creds(t.users.nurse2) });
    expect(byNurse).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const overridden = await t.ok(contract.charting.resolveScreeningItem, {
      sessionId,
      key: 'recent_heart_attack',
      decision: 'override',
      reason: 'Cardiology clearance on file',
      approver: creds(t.users.physician),
    });
    expect(overridden.chart.screening?.canStart).toBe(true);
    const started = await t.ok(contract.charting.startInfusion, { sessionId });
    expect(started.chart.phase).toBe('infusing');
    expect(started.chart.timeline.find((e) => e.kind === 'screening_resolution')?.summary).toContain('Paul Physician');
  });
});
