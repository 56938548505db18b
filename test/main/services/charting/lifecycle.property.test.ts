// Property: random command sequences through the dispatch never reach an inconsistent record (discharged without
// rest, infusing twice, entries after sign-off, time running backwards), and a refused command writes nothing.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract } from '../../../../src/shared/contract';
import type { ActionName, SessionChart } from '../../../../src/shared/contract/chart.contract';
import { startTestCore, type TestCore } from '../../../support/core';
import { calmVitals, creds, minutesAgo, patientWithSession } from './fixtures';
import { idToBytes } from '../../../../src/main/data/uuid-bytes';

type StepAction = ActionName | 'highVitals' | 'ackBp';
type Step = { action: StepAction; minutes: number; flag: boolean };


const steps: StepAction[] = [
  'checkIn', 'recordVitals', 'highVitals', 'recordDose', 'screen', 'ackBp', 'startInfusion', 'pauseInfusion', 'resumeInfusion',
  'stopInfusion', 'recordDissociation', 'acknowledgeAlert', 'startRest', 'recordDischargeAssessment', 'confirmEscort',
  'discharge', 'recordDrugUse', 'sign', 'addAddendum', 'cancel',
];

function call(t: TestCore, sessionId: string, step: Step, chart: SessionChart) {
  const c = contract.charting;
  switch (step.action) {
    case 'checkIn':
      return t.call(c.checkIn, { sessionId, weight: { value: 70, unit: 'kg' }, lastSolidFoodAt: minutesAgo(t, 400), lastClearLiquidAt: minutesAgo(t, 200), escort: { name: 'Sam Doe', phone: '555-0100' } });
    case 'recordVitals':
      return t.call(contract.vitals.record, { sessionId, ...calmVitals });
    case 'highVitals':
      return t.call(contract.vitals.record, { sessionId, ...calmVitals, systolic: 186, diastolic: 104 });
    case 'recordDose':
      return t.call(c.recordDose, { sessionId, weightBasis: 'actual', mgPerKg: 0.5, concentrationMgPerMl: 1, drug: { lot: 'L1', expiry: '2027-01-01' } });
    case 'screen':
      return t.call(c.screen, { sessionId });
    case 'ackBp':
      return t.call(c.resolveScreeningItem, { sessionId, key: 'baseline_bp_high', decision: 'acknowledge', reason: 'rechecked, physician agrees', approver: creds(t.users.physician) });
    case 'startInfusion':
      return t.call(c.startInfusion, { sessionId });
    case 'pauseInfusion':
      return t.call(c.pauseInfusion, { sessionId, reason: 'nausea' });
    case 'resumeInfusion':
      return t.call(c.resumeInfusion, { sessionId });
    case 'stopInfusion':
      return t.call(c.stopInfusion, { sessionId, stoppedEarly: step.flag, reason: 'as planned by the physician' });
    case 'recordDissociation':
      return t.call(c.recordDissociation, { sessionId, rating: 2 });
    case 'acknowledgeAlert':
      return t.call(c.acknowledgeAlert, { sessionId, alertId: chart.alerts.open[0]?.id ?? chart.session.id, actionTaken: 'rechecked, physician informed' });
    case 'startRest':
      return t.call(c.startRest, { sessionId });
    case 'recordDischargeAssessment':
      return t.call(c.recordDischargeAssessment, { sessionId, scale: 'aldrete', items: { activity: 2, respiration: 2, circulation: 2, consciousness: 2, oxygenSaturation: step.flag ? 2 : 0 } });
    case 'confirmEscort':
      return t.call(c.confirmEscort, { sessionId, escortName: 'Sam Doe' });
    case 'discharge':
      return t.call(c.discharge, step.flag ? { sessionId, earlyDischargeOverride: { reason: 'stable, ride here', approver: creds(t.users.physician) } } : { sessionId });
    case 'recordDrugUse':
      return t.call(c.recordDrugUse, { sessionId, amountGivenMg: 35, amountWastedMg: 0 });
    case 'sign':
      return t.call(c.sign, { sessionId });
    case 'addAddendum':
      return t.call(c.addAddendum, { sessionId, reason: 'late note', text: 'patient well at phone follow-up' });
    case 'cancel':
      return t.call(c.cancel, { sessionId, reason: 'patient unwell today' });
    default:
      throw new Error(`no step ${step.action}`);
  }
}

/** The step that moves the session on from where it is (so half the generated steps push towards sign-off). */
function progress(chart: SessionChart, flag: boolean): StepAction {
  switch (chart.phase) {
    case 'scheduled':
      return 'checkIn';
    case 'checked_in':
      return !chart.vitals.baseline ? 'recordVitals' : !chart.dose ? 'recordDose' : 'screen';
    case 'screened':
      return chart.screening?.items.some((i) => i.key === 'baseline_bp_high' && i.blocksStart) ? 'ackBp' : 'startInfusion';
    case 'infusing':
      if (chart.alerts.open.length > 0) return 'acknowledgeAlert';
      return flag && chart.infusion.pauses.length === 0 ? 'pauseInfusion' : 'stopInfusion';
    case 'paused':
      return 'resumeInfusion';
    case 'infusion_ended':
      return 'startRest';
    case 'resting':
      return chart.alerts.open.length > 0 ? 'acknowledgeAlert' : 'recordDischargeAssessment';
    case 'ready_for_discharge':
      return chart.alerts.open.length > 0 ? 'acknowledgeAlert' : chart.discharge.escortConfirmed ? 'discharge' : 'confirmEscort';
    case 'discharged':
      return chart.dose?.use ? 'sign' : 'recordDrugUse';
    default:
      return 'addAddendum';
  }
}

function kindsInOrder(t: TestCore, sessionId: string): string[] {
  const rows = t.core.store.sqlite.prepare('SELECT kind FROM entries WHERE session_id = ? ORDER BY rowid').all(idToBytes(sessionId)) as { kind: string }[];
  return rows.map((r) => r.kind);
}

/** The record's own consistency, read straight from the rows in write order. */
function assertConsistent(kinds: string[]) {
  const count = (k: string) => kinds.filter((x) => x === k).length;
  const first = (k: string) => kinds.indexOf(k);
  expect(count('infusion_started')).toBeLessThanOrEqual(1);
  expect(count('infusion_stopped')).toBeLessThanOrEqual(1);
  expect(count('discharged')).toBeLessThanOrEqual(1);
  expect(count('signed')).toBeLessThanOrEqual(1);
  if (count('discharged') > 0) {
    expect(first('rest_started')).toBeGreaterThan(first('infusion_stopped'));
    expect(first('discharged')).toBeGreaterThan(first('rest_started'));
    expect(first('discharged')).toBeGreaterThan(first('escort_confirmed'));
  }
  if (count('infusion_started') > 0) {
    expect(first('infusion_started')).toBeGreaterThan(first('screening'));
    expect(count('session_cancelled')).toBe(0);
  }
  if (count('signed') > 0) {
    expect(kinds.slice(first('signed') + 1).every((k) => k === 'addendum')).toBe(true);
  }
  // Pause and resume alternate inside the infusion.
  let running = false;
  for (const k of kinds) {
    if (k === 'infusion_started' || k === 'infusion_resumed') {
      expect(running).toBe(false);
      running = true;
    } else if (k === 'infusion_paused') {
      expect(running).toBe(true);
      running = false;
    } else if (k === 'infusion_stopped') running = false;
  }
}

describe('random command sequences', () => {
  let t: TestCore;
  beforeAll(async () => {
    t = await startTestCore();
  });
  afterAll(async () => {
    await t.close({ remove: true });
  });

  it('never reach an inconsistent record, and a refused command writes nothing', async () => {
    const genArb = fc.record({ pick: fc.nat(), minutes: fc.integer({ min: 0, max: 20 }), flag: fc.boolean() });
    // 0: any action at all; 1: one the chart allows now; 2-5: the step that moves the session on.
    const wildArb = fc.integer({ min: 0, max: 5 });
    const reached = new Set<string>();
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(genArb, wildArb), { minLength: 25, maxLength: 45 }), async (sequence) => {
        const { sessionId } = await patientWithSession(t, { plannedStart: t.clock.now().toISOString() });
        let chart = await t.ok(contract.sessions.chart, { sessionId });
        let lastElapsed = 0;
        for (const [gen, wild] of sequence) {
          const allowed = steps.filter((a) =>
            a === 'highVitals' ? chart.actions.recordVitals.allowed : a === 'ackBp' ? chart.actions.resolveScreeningItem.allowed : chart.actions[a].allowed,
          );
          // Mostly one of the actions the chart allows now (so sequences get deep), sometimes any action at all.
          const pool = wild === 0 || allowed.length === 0 ? steps : allowed;
          const action = wild >= 2 ? progress(chart, gen.flag) : pool[gen.pick % pool.length];
          // Pushing on: a discharge that needs the physician's override gets it.
          const flag = wild >= 2 && action === 'discharge' ? chart.actions.discharge.requiresPhysician : gen.flag;
          const step: Step = { action, minutes: gen.minutes, flag };
          t.clock.advanceMinutes(step.minutes);
          const before = kindsInOrder(t, sessionId).length;
          const allowedBefore = step.action in chart.actions ? chart.actions[step.action as ActionName].allowed : null;
          const answer = await call(t, sessionId, step, chart);
          if (!answer.ok) expect(kindsInOrder(t, sessionId).length).toBe(before);
          if (allowedBefore === false) expect(answer.ok).toBe(false);
          chart = await t.ok(contract.sessions.chart, { sessionId });
          expect(chart.infusion.elapsedMs).toBeGreaterThanOrEqual(lastElapsed);
          lastElapsed = chart.infusion.elapsedMs;
          assertConsistent(kindsInOrder(t, sessionId));
          reached.add(chart.phase);
        }
      }),
      // A fixed seed: random sequences reach 'paused' in only ~1 run of 3, so a free seed would flake the coverage check.
      { numRuns: 15, seed: 20261125 },
    );
    // The sequences do reach the far end of the lifecycle, so the checks above were exercised there.
    expect([...reached]).toEqual(expect.arrayContaining(['infusing', 'paused', 'resting', 'discharged', 'signed']));
  }, 180_000);
});
