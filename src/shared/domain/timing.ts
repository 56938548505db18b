// Infusion and rest timing from the persisted start/pause/resume/stop times, so it is right after a restart, and
// never negative or running backwards when the wall clock is set back (the record's own times are a floor).
export type TimingEventKind = 'start' | 'pause' | 'resume' | 'stop';
export interface TimingEvent {
  readonly kind: TimingEventKind;
  readonly atMs: number;
}

export interface InfusionTiming {
  readonly startedAtMs: number | null;
  readonly endedAtMs: number | null;
  readonly running: boolean;
  readonly elapsedMs: number;
}

/**
 * Elapsed infusion time, pauses excluded, as of `nowMs`. Events are in write order. A time earlier than the event
 * before it (a late entry or a clock set back) counts as no time, never as negative time; `nowMs` below the last
 * event counts as the last event.
 */
export function infusionTiming(events: readonly TimingEvent[], nowMs: number): InfusionTiming {
  let startedAtMs: number | null = null;
  let endedAtMs: number | null = null;
  let runningSince: number | null = null;
  let elapsed = 0;
  let floor = -Infinity;
  for (const event of events) {
    const at = Math.max(event.atMs, floor);
    floor = at;
    if (event.kind === 'start' && startedAtMs === null) {
      startedAtMs = event.atMs;
      runningSince = at;
    } else if (event.kind === 'resume' && runningSince === null && startedAtMs !== null && endedAtMs === null) {
      runningSince = at;
    } else if ((event.kind === 'pause' || event.kind === 'stop') && startedAtMs !== null && endedAtMs === null) {
      if (runningSince !== null) elapsed += at - runningSince;
      runningSince = null;
      if (event.kind === 'stop') endedAtMs = event.atMs;
    }
  }
  if (runningSince !== null) elapsed += Math.max(nowMs, floor) - runningSince;
  return { startedAtMs, endedAtMs, running: runningSince !== null, elapsedMs: Math.max(0, Math.round(elapsed)) };
}

/** The effective "now" for a record: the clock, but never earlier than the latest time already written in it. */
export function effectiveNowMs(clockMs: number, recordTimesMs: readonly number[]): number {
  return recordTimesMs.reduce((a, b) => Math.max(a, b), clockMs);
}

/** Is a run time (whole or fractional minutes) inside the allowed IV range? Outside needs a reason. */
export const RUN_TIME_RANGE_MINUTES = { min: 40, max: 60 } as const;
export function runTimeNeedsReason(runMinutes: number): boolean {
  return runMinutes < RUN_TIME_RANGE_MINUTES.min || runMinutes > RUN_TIME_RANGE_MINUTES.max;
}

export interface RestInput {
  readonly route: 'iv' | 'im' | 'intranasal';
  readonly infusionStartMs: number | null;
  readonly infusionEndMs: number | null;
  readonly minRestMinutes: number;
  readonly intranasalMonitoringMinutes: number;
}

/**
 * Earliest discharge: rest counts from infusion end (minimum rest setting); intranasal esketamine needs the
 * monitoring period (REMS, 2 h) from administration, and the rest after the last device too.
 */
export function earliestDischargeMs(input: RestInput): number | null {
  if (input.infusionEndMs === null) return null;
  const afterRest = input.infusionEndMs + input.minRestMinutes * 60_000;
  if (input.route === 'intranasal' && input.infusionStartMs !== null) {
    return Math.max(afterRest, input.infusionStartMs + input.intranasalMonitoringMinutes * 60_000);
  }
  return afterRest;
}

export function remainingMs(untilMs: number | null, nowMs: number): number | null {
  return untilMs === null ? null : Math.max(0, untilMs - nowMs);
}
