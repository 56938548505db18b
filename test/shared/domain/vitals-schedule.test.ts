// Vitals due every N minutes from the start to the end of rest, and the alert thresholds (settings).
import { describe, expect, it } from 'vitest';
import { alertBreaches, vitalsDue } from '../../../src/shared/domain/vitals-schedule';
import { defaultSettings } from '../../../src/shared/domain/settings';

const T0 = Date.parse('2026-11-25T14:00:00.000Z');
const m = (minutes: number) => T0 + minutes * 60_000;

describe('next vitals due', () => {
  it.each([
    ['first set due 15 min after the start', [], 10, 15, 15, false],
    ['exactly at the due time is not overdue', [], 15, 15, 15, false],
    ['a minute after the due time is overdue', [], 16, 15, 15, true],
    ['due 15 min after the latest set', [m(14)], 20, 15, 29, false],
    ['a set before the start (baseline) does not count', [m(-5)], 10, 15, 15, false],
    ['interval setting 10 min', [m(10)], 21, 10, 20, true],
  ] as const)('%s', (_name, times, now, interval, dueMinute, overdue) => {
    const due = vitalsDue({ active: true, infusionStartMs: m(0), vitalsTimesMs: times, intervalMinutes: interval, nowMs: m(now) });
    expect(due.nextDueAtMs).toBe(m(dueMinute));
    expect(due.overdue).toBe(overdue);
  });

  it('nothing is due outside the schedule (before the start, after discharge)', () => {
    expect(vitalsDue({ active: false, infusionStartMs: m(0), vitalsTimesMs: [], intervalMinutes: 15, nowMs: m(90) })).toEqual({ nextDueAtMs: null, overdue: false, overdueByMs: 0 });
  });
});

describe('alert thresholds (defaults: systolic >= 180, diastolic >= 110, HR > 120 or < 50, SpO2 < 92)', () => {
  const calm = { systolic: 120, diastolic: 80, heartRate: 70, spo2: 98, respiratoryRate: 14 };
  it.each([
    ['systolic 179 no alert', { systolic: 179 }, []],
    ['systolic 180 alerts', { systolic: 180 }, ['systolic']],
    ['systolic 186 alerts', { systolic: 186 }, ['systolic']],
    ['diastolic 109 no alert', { diastolic: 109 }, []],
    ['diastolic 110 alerts', { diastolic: 110 }, ['diastolic']],
    ['heart rate 120 no alert', { heartRate: 120 }, []],
    ['heart rate 121 alerts', { heartRate: 121 }, ['heartRate']],
    ['heart rate 50 no alert', { heartRate: 50 }, []],
    ['heart rate 49 alerts', { heartRate: 49 }, ['heartRate']],
    ['SpO2 92 no alert', { spo2: 92 }, []],
    ['SpO2 91 alerts', { spo2: 91 }, ['spo2']],
    ['several at once', { systolic: 200, diastolic: 115, spo2: 90 }, ['systolic', 'diastolic', 'spo2']],
  ])('%s', (_name, change, expected) => {
    expect(alertBreaches({ ...calm, ...change }, defaultSettings).map((b) => b.parameter)).toEqual(expected);
  });

  it('follows the clinic setting (diastolic alert at 100)', () => {
    expect(alertBreaches({ ...calm, diastolic: 100 }, { ...defaultSettings, alertDiastolicAtOrAbove: 100 })).toHaveLength(1);
  });
});
