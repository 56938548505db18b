// What may be done now: the lifecycle plus the rules that block a legal step (start, discharge, sign).
import { describe, expect, it } from 'vitest';
import { decideActions } from '../../../src/shared/domain/session-chart';

const T = Date.parse('2026-11-25T15:00:00.000Z');
const facts = {
  phase: 'ready_for_discharge' as const,
  canStart: true,
  blockers: [],
  openAlertCount: 0,
  escortConfirmed: true,
  earliestDischargeMs: T,
  nowMs: T,
  doseRecorded: true,
  infusionStarted: true,
  drugUseRecorded: false,
  intranasalRefusal: null,
};

describe('discharge', () => {
  it.each([
    ['exactly at the end of the minimum rest: no override needed', T, true, false],
    ['a minute before: allowed only with a physician override', T - 60_000, true, true],
    ['a minute after: no override needed', T + 60_000, true, false],
  ])('%s', (_name, nowMs, allowed, requiresPhysician) => {
    expect(decideActions({ ...facts, nowMs }).discharge).toMatchObject({ allowed, requiresPhysician });
  });

  it('is blocked by an open alert and by an unconfirmed escort (rule_blocked)', () => {
    expect(decideActions({ ...facts, openAlertCount: 1 }).discharge).toMatchObject({ allowed: false, code: 'rule_blocked' });
    expect(decideActions({ ...facts, escortConfirmed: false }).discharge).toMatchObject({ allowed: false, code: 'rule_blocked', reason: expect.stringContaining('escort') });
  });
});

describe('start and sign', () => {
  it('start is blocked while screening has a blocker, naming it', () => {
    const v = decideActions({ ...facts, phase: 'screened', canStart: false, blockers: ['Baseline vitals are not recorded.'] }).startInfusion;
    expect(v).toMatchObject({ allowed: false, code: 'rule_blocked', reason: expect.stringContaining('Baseline vitals') });
  });

  it.each([
    ['infusion given, drug use not recorded: blocked', true, false, false],
    ['infusion given, drug use recorded: allowed', true, true, true],
    ['no infusion (cancelled before start): allowed', false, false, true],
  ])('sign: %s', (_name, infusionStarted, drugUseRecorded, allowed) => {
    expect(decideActions({ ...facts, phase: 'discharged', infusionStarted, drugUseRecorded }).sign.allowed).toBe(allowed);
  });

  it('acknowledging an alert needs an open alert', () => {
    expect(decideActions({ ...facts, openAlertCount: 0 }).acknowledgeAlert).toMatchObject({ allowed: false, code: 'conflict' });
  });
});

describe('a corrected entry', () => {
  it('stays on the timeline marked as replaced, and no longer counts in the screening', async () => {
    const { buildChart } = await import('../../../src/shared/domain/session-chart');
    const { defaultSettings } = await import('../../../src/shared/domain/settings');
    const at = '2026-11-25T13:50:00.000Z';
    const head = (id: string, seq: number, supersedesId: string | null = null) => ({ id, recordedAt: at, createdAt: at, authorUserId: 'u', supersedesId, seq });
    const vitals = (systolic: number, diastolic: number) => ({ systolic, diastolic, heartRate: 70, spo2: 98, respiratoryRate: 14 });
    const record = {
      session: { id: 's', patientId: 'p', route: 'iv' as const, plannedStart: '2026-11-25T14:00:00.000Z', openedAt: at },
      patient: { id: 'p', familyName: 'Doe', givenName: 'Jane', dateOfBirth: '1980-05-01', mrn: null },
      profile: null,
      entries: [
        { ...head('a', 1), kind: 'check_in' as const, payload: { weight: { entered: { value: 70, unit: 'kg' as const }, kg: 70 }, lastSolidFoodAt: null, lastClearLiquidAt: null, escort: null, medicationsToday: [] } },
        { ...head('v1', 2), kind: 'vitals' as const, payload: vitals(170, 95) },
        { ...head('v2', 3, 'v1'), kind: 'vitals' as const, payload: vitals(130, 80) },
      ],
      series: [{ id: 's', plannedStart: '2026-11-25T14:00:00.000Z', cancelled: false }],
      settings: defaultSettings,
      sessionDate: '2026-11-25',
    };
    const { chart } = buildChart(record, Date.parse('2026-11-25T13:55:00.000Z'));
    expect(chart.vitals.baseline).toMatchObject({ id: 'v2', systolic: 130 });
    expect(chart.screening?.items.map((i) => i.key)).not.toContain('baseline_bp_high');
    expect(chart.timeline.find((e) => e.id === 'v1')).toMatchObject({ supersededBy: 'v2' });
  });
});

describe('the record facts kept between folds', () => {
  it('are folded again when the record gains an entry or a setting changes, and the clock still moves the timers', async () => {
    const { buildChart } = await import('../../../src/shared/domain/session-chart');
    const { defaultSettings } = await import('../../../src/shared/domain/settings');
    const head = (id: string, seq: number, at: string) => ({ id, recordedAt: at, createdAt: at, authorUserId: 'u', supersedesId: null, seq });
    const session = { id: 's', patientId: 'p', route: 'iv' as const, plannedStart: '2026-11-25T14:00:00.000Z', openedAt: '2026-11-25T13:40:00.000Z' };
    const started = { ...head('i', 1, '2026-11-25T14:00:00.000Z'), kind: 'infusion_started' as const, payload: {} };
    const vitals = { ...head('v', 2, '2026-11-25T14:05:00.000Z'), kind: 'vitals' as const, payload: { systolic: 128, diastolic: 80, heartRate: 70, spo2: 98, respiratoryRate: 14 } };
    const record = {
      session, // the same session object, as the store's read handle hands it out read after read
      patient: { id: 'p', familyName: 'Doe', givenName: 'Jane', dateOfBirth: '1980-05-01', mrn: null },
      profile: null,
      entries: [started],
      series: [{ id: 's', plannedStart: session.plannedStart, cancelled: false }],
      settings: defaultSettings,
      sessionDate: '2026-11-25',
    };
    const at = (hhmm: string) => Date.parse(`2026-11-25T${hhmm}:00.000Z`);
    expect(buildChart(record, at('14:16')).chart.vitals).toMatchObject({ latest: null, overdue: true });
    expect(buildChart({ ...record }, at('14:20')).chart.infusion.elapsedMs).toBe(20 * 60_000);
    const withVitals = { ...record, entries: [started, vitals] };
    expect(buildChart(withVitals, at('14:06')).chart.vitals).toMatchObject({ latest: { id: 'v' }, overdue: false });
    const oftener = { ...withVitals, settings: { ...defaultSettings, vitalsIntervalMinutes: 5 } };
    expect(buildChart(oftener, at('14:12')).chart.vitals).toMatchObject({ nextDueAt: '2026-11-25T14:10:00.000Z', overdue: true });
    const stopped = { ...head('x', 3, '2026-11-25T14:40:00.000Z'), kind: 'infusion_stopped' as const, payload: { endReason: 'completed' as const, reason: null, runMinutes: 40 } };
    const resting = { ...record, entries: [started, vitals, stopped], settings: { ...defaultSettings, minRestMinutes: 20 } };
    expect(buildChart(resting, at('14:45')).chart.rest.earliestDischargeAt).toBe('2026-11-25T15:00:00.000Z');
    const longerRest = { ...resting, settings: { ...defaultSettings, minRestMinutes: 30 } };
    expect(buildChart(longerRest, at('14:45')).chart.rest.earliestDischargeAt).toBe('2026-11-25T15:10:00.000Z');
  });
});
