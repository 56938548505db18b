// The steady clock: a wall clock set back mid-infusion leaves the elapsed time right and is recorded; a suspend and
// resume (wall time passing while the monotonic clock stood still) is recorded as a gap.
import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../src/shared/clock';
import { contract } from '../../../src/shared/contract';
import { recordClockJumps } from '../../../src/main/services/clock-events';
import { SteadyClock, type ClockJump } from '../../../src/main/services/clock-watch';
import { startTestCore, type TestCore } from '../../support/core';
import { patientWithSession, startInfusing } from './charting/fixtures';

const MIN = 60_000;

/** A wall clock and a monotonic clock the test moves by hand; the steady clock reads both. */
class Clocks {
  readonly wall = new ManualClock('2026-11-25T14:00:00.000Z');
  mono = 1_000_000;
  readonly steady = new SteadyClock(this.wall, () => this.mono);
  /** Real time passing: both clocks move together. */
  pass(minutes: number) {
    this.wall.advanceMinutes(minutes);
    this.mono += minutes * MIN;
  }
}

/** startTestCore takes a ManualClock; this one answers with the steady clock's time. */
class SteadyTestClock extends ManualClock {
  constructor(readonly clocks: Clocks) {
    super(clocks.wall.now());
  }
  override now(): Date {
    return this.clocks.steady.now();
  }
}

describe('SteadyClock', () => {
  it('follows the wall clock while both clocks agree, and reports nothing', () => {
    const c = new Clocks();
    const jumps: ClockJump[] = [];
    c.steady.onJump((j) => jumps.push(j));
    c.pass(10);
    expect(c.steady.now().toISOString()).toBe('2026-11-25T14:10:00.000Z');
    c.wall.set(new Date(c.wall.now().getTime() + 500)); // NTP slewing half a second is not a jump
    expect(c.steady.check()).toBeNull();
    expect(jumps).toEqual([]);
  });

  it('keeps time going forward when the wall clock is set back an hour, and pays it back when the clock is corrected', () => {
    const c = new Clocks();
    c.pass(10);
    c.wall.advanceMinutes(-60);
    c.mono += 1 * MIN;
    const jump = c.steady.check();
    expect(jump).toMatchObject({ kind: 'set_back', byMs: 61 * MIN, gapMs: 0 });
    expect(c.steady.now().toISOString()).toBe('2026-11-25T14:11:00.000Z');
    c.pass(4);
    expect(c.steady.now().toISOString()).toBe('2026-11-25T14:15:00.000Z');
    // Someone puts the wall clock right: no gap in the app's time, the hour absorbed is paid back.
    c.wall.advanceMinutes(61);
    expect(c.steady.check()).toMatchObject({ kind: 'forward', byMs: 61 * MIN, gapMs: 0 });
    expect(c.steady.now().toISOString()).toBe('2026-11-25T14:15:00.000Z');
  });

  it('reports a suspend and resume as a forward gap and follows the wall clock across it', () => {
    const c = new Clocks();
    c.pass(5);
    c.wall.advanceMinutes(30); // asleep: the monotonic clock did not move
    expect(c.steady.check()).toMatchObject({ kind: 'forward', byMs: 30 * MIN, gapMs: 30 * MIN, wallBefore: '2026-11-25T14:05:00.000Z' });
    expect(c.steady.now().toISOString()).toBe('2026-11-25T14:35:00.000Z');
  });
});

describe('a running infusion under clock jumps', () => {
  let t: TestCore | undefined;
  afterEach(async () => {
    await t?.close({ remove: true });
    t = undefined;
  });

  const clockJumps = (tc: TestCore) =>
    (tc.core.store.sqlite.prepare(`SELECT detail FROM audit_log WHERE action = 'clock_jump' ORDER BY seq`).pluck().all() as string[]).map(
      (d) => JSON.parse(d) as Record<string, unknown>,
    );

  it('keeps the elapsed time right when the wall clock is set back an hour mid-infusion, and records the jump', async () => {
    const clocks = new Clocks();
    t = await startTestCore({ clock: new SteadyTestClock(clocks) });
    recordClockJumps(clocks.steady, t.core.deps);
    const { sessionId } = await patientWithSession(t);
    await startInfusing(t, sessionId);
    clocks.pass(10);
    clocks.wall.advanceMinutes(-60);
    clocks.mono += 5 * MIN;
    const chart = await t.ok(contract.sessions.chart, { sessionId });
    expect(chart.infusion.elapsedMs).toBe(15 * MIN);
    await t.ok(contract.vitals.record, { sessionId, systolic: 120, diastolic: 75, heartRate: 70, spo2: 98, respiratoryRate: 14 });
    await expect.poll(() => clockJumps(t!)).toEqual([
      { kind: 'set_back', byMs: 65 * MIN, gapMs: 0, wallBefore: '2026-11-25T14:15:00.000Z', wallAfter: '2026-11-25T13:10:00.000Z' },
    ]);
  });

  it('records the gap of a suspend and resume mid-infusion, and counts the time that passed', async () => {
    const clocks = new Clocks();
    t = await startTestCore({ clock: new SteadyTestClock(clocks) });
    recordClockJumps(clocks.steady, t.core.deps);
    const { sessionId } = await patientWithSession(t);
    await startInfusing(t, sessionId);
    clocks.pass(10);
    clocks.wall.advanceMinutes(20); // the laptop slept for 20 minutes; the pump did not
    const chart = await t.ok(contract.sessions.chart, { sessionId });
    expect(chart.infusion.elapsedMs).toBe(30 * MIN);
    await expect.poll(() => clockJumps(t!)).toEqual([
      { kind: 'forward', byMs: 20 * MIN, gapMs: 20 * MIN, wallBefore: '2026-11-25T14:10:00.000Z', wallAfter: '2026-11-25T14:30:00.000Z' },
    ]);
  });
});
