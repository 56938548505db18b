// Infusion timing from persisted times: pauses, restarts, a clock set back; run-time reasons; rest and discharge.
import { describe, expect, it } from 'vitest';
import { earliestDischargeMs, effectiveNowMs, infusionTiming, runTimeNeedsReason, type TimingEvent } from '../../../src/shared/domain/timing';

const T0 = Date.parse('2026-11-25T14:00:00.000Z');
const m = (minutes: number) => T0 + minutes * 60_000;
const e = (kind: TimingEvent['kind'], minute: number): TimingEvent => ({ kind, atMs: m(minute) });

describe('elapsed infusion time', () => {
  it.each([
    ['not started', [], 10, 0, false],
    ['running 25 min', [e('start', 0)], 25, 25, true],
    ['paused at 20 for 5 min, now 30', [e('start', 0), e('pause', 20), e('resume', 25)], 30, 25, true],
    ['paused now', [e('start', 0), e('pause', 20)], 35, 20, false],
    ['stopped at 45 after a 5 min pause', [e('start', 0), e('pause', 20), e('resume', 25), e('stop', 45)], 90, 40, false],
    ['stopped while paused', [e('start', 0), e('pause', 30), e('stop', 33)], 50, 30, false],
  ] as const)('%s', (_name, events, now, minutes, running) => {
    const timing = infusionTiming(events, m(now));
    expect(timing.elapsedMs).toBe(minutes * 60_000);
    expect(timing.running).toBe(running);
  });

  it('never goes negative when the wall clock is set back an hour before the start', () => {
    expect(infusionTiming([e('start', 0)], m(-60)).elapsedMs).toBe(0);
  });

  it('counts a step written with an earlier time than the one before it as no time, never negative', () => {
    const timing = infusionTiming([e('start', 0), e('pause', 20), e('resume', 10), e('stop', 40)], m(50));
    expect(timing.elapsedMs).toBe(40 * 60_000); // 0-20 then 20-40 (resume taken as 20)
  });

  it('is the same after a restart: it depends only on the persisted times and now', () => {
    const events = [e('start', 0), e('pause', 12), e('resume', 15)];
    expect(infusionTiming(events, m(22)).elapsedMs).toBe(infusionTiming([...events], m(22)).elapsedMs);
  });

  it('effective now is never earlier than the latest time in the record', () => {
    expect(effectiveNowMs(m(-60), [m(0), m(30)])).toBe(m(30));
    expect(effectiveNowMs(m(45), [m(0), m(30)])).toBe(m(45));
  });
});

describe('a run time outside 40-60 min needs a reason', () => {
  it.each([
    [39.99, true],
    [40, false],
    [50, false],
    [60, false],
    [60.01, true],
  ])('%s min -> needs reason %s', (minutes, needs) => {
    expect(runTimeNeedsReason(minutes)).toBe(needs);
  });
});

describe('earliest discharge', () => {
  it.each([
    ['IV: rest 20 min from infusion end', 'iv', 0, 40, 20, 60],
    ['IV: rest setting 30 min', 'iv', 0, 40, 30, 70],
    ['IM: rest from the injection end', 'im', 0, 1, 20, 21],
    ['intranasal: 2 h of monitoring from the first device', 'intranasal', 0, 10, 20, 120],
  ] as const)('%s', (_name, route, start, end, rest, expected) => {
    expect(earliestDischargeMs({ route, infusionStartMs: m(start), infusionEndMs: m(end), minRestMinutes: rest, intranasalMonitoringMinutes: 120 })).toBe(m(expected));
  });

  it('is unknown before the infusion ends', () => {
    expect(earliestDischargeMs({ route: 'iv', infusionStartMs: m(0), infusionEndMs: null, minRestMinutes: 20, intranasalMonitoringMinutes: 120 })).toBeNull();
  });
});
