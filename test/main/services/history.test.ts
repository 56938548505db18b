// A patient's whole history in one call: each session summarised from its chart, newest first.
import { afterEach, describe, expect, it } from 'vitest';
import { contract } from '../../../src/shared/contract';
import { startTestCore, type TestCore } from '../../support/core';
import { patientWithSession, readyToScreen } from './charting/fixtures';

let t: TestCore;
afterEach(async () => {
  await t?.close({ remove: true });
});

describe('patients:history', () => {
  it('summarises every session of the patient, newest first, with phase, series position, dose and ratings', async () => {
    t = await startTestCore();
    const { sessionId: first, patient } = await patientWithSession(t);
    const patientId = patient.id;
    await readyToScreen(t, first);
    await t.ok(contract.charting.screen, { sessionId: first });
    await t.ok(contract.charting.startInfusion, { sessionId: first });
    t.clock.advanceMinutes(20);
    await t.ok(contract.charting.recordDissociation, { sessionId: first, rating: 1 });
    await t.ok(contract.charting.recordDissociation, { sessionId: first, rating: 2 });
    t.clock.advanceMinutes(20);
    await t.ok(contract.charting.stopInfusion, { sessionId: first });
    const second = await t.ok(contract.sessions.open, { patientId, chair: 2, plannedStart: '2026-12-02T14:00:00.000Z' });

    const history = await t.ok(contract.patients.history, { patientId });
    expect(history.patient.id).toBe(patientId);
    expect(history.sessions).toEqual([
      expect.objectContaining({ sessionId: second.id, phase: 'scheduled', chair: 2, seriesLabel: 'infusion 2 of 6', doseMg: null, infusionMinutes: null }),
      expect.objectContaining({ sessionId: first, phase: 'infusion_ended', seriesLabel: 'infusion 1 of 6', doseMg: 35, infusionMinutes: 40, highestDissociation: 2 }),
    ]);
    // Each line says what the session's own chart says.
    for (const line of history.sessions) {
      const chart = await t.ok(contract.sessions.chart, { sessionId: line.sessionId });
      expect(line).toMatchObject({
        chair: chart.session.chair,
        phase: chart.phase,
        seriesLabel: chart.series.label,
        doseMg: chart.dose?.totalMg ?? null,
        openAlerts: chart.alerts.open.length,
        dischargedAt: chart.discharge.dischargedAt,
        signedAt: chart.signature?.signedAt ?? null,
      });
    }
  });

  it("leaves a cancelled session out of the series count, as each session's own chart does", async () => {
    t = await startTestCore();
    const { sessionId: first, patient } = await patientWithSession(t);
    const second = await t.ok(contract.sessions.open, { patientId: patient.id, chair: 2, plannedStart: '2026-12-02T14:00:00.000Z' });
    const third = await t.ok(contract.sessions.open, { patientId: patient.id, chair: 3, plannedStart: '2026-12-09T14:00:00.000Z' });
    await t.ok(contract.charting.cancel, { sessionId: second.id, reason: 'Patient unwell with a fever' });

    const history = await t.ok(contract.patients.history, { patientId: patient.id });
    const labels = Object.fromEntries(history.sessions.map((s) => [s.sessionId, s.seriesLabel]));
    expect(labels).toEqual({ [first]: 'infusion 1 of 6', [second.id]: 'infusion 2 of 6', [third.id]: 'infusion 2 of 6' });
    expect(history.sessions.find((s) => s.sessionId === second.id)?.phase).toBe('cancelled');
    const thirdChart = await t.ok(contract.sessions.chart, { sessionId: third.id });
    expect(thirdChart.series.label).toBe(labels[third.id]);
  });

  it('answers not_found for a patient that does not exist', async () => {
    t = await startTestCore();
    const answer = await t.call(contract.patients.history, { patientId: '019a0000-0000-7000-8000-000000000009' });
    expect(!answer.ok && answer.error.code).toBe('not_found');
  });
});
