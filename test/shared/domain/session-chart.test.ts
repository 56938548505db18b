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
