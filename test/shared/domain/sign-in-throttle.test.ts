// Failed sign-ins: free tries, then a doubling wait, then a lockout for the set time, then a fresh start.
import { describe, expect, it } from 'vitest';
import { DEFAULT_AUTH_SETTINGS } from '../../../src/shared/domain/auth-settings';
import { afterFailure, attemptVerdict, NO_FAILURES, type ThrottleState } from '../../../src/shared/domain/sign-in-throttle';

const at = (s: number) => new Date(Date.UTC(2026, 10, 25, 14, 0, s));
const fail = (state: ThrottleState, s: number) => afterFailure(state, at(s), DEFAULT_AUTH_SETTINGS);

describe('sign-in throttle (defaults: wait after 3, lock after 5 for 15 min)', () => {
  it('allows the first three tries without waiting', () => {
    let state = NO_FAILURES;
    for (let i = 0; i < 2; i += 1) {
      state = fail(state, 0);
      expect(attemptVerdict(state, at(0), DEFAULT_AUTH_SETTINGS)).toEqual({ allowed: true });
    }
  });

  it('makes the 4th try wait 5 s, the 5th 10 s', () => {
    let state = fail(fail(fail(NO_FAILURES, 0), 0), 0);
    expect(attemptVerdict(state, at(4), DEFAULT_AUTH_SETTINGS)).toEqual({ allowed: false, reason: 'slowed', until: at(5) });
    expect(attemptVerdict(state, at(5), DEFAULT_AUTH_SETTINGS)).toEqual({ allowed: true });
    state = fail(state, 5);
    expect(attemptVerdict(state, at(14), DEFAULT_AUTH_SETTINGS)).toMatchObject({ allowed: false, until: at(15) });
  });

  it('locks for 15 minutes at the 5th failure, then starts afresh', () => {
    let state = NO_FAILURES;
    for (let i = 0; i < 5; i += 1) state = fail(state, 0);
    expect(state.lockedUntil).toEqual(new Date(at(0).getTime() + 15 * 60_000));
    expect(attemptVerdict(state, new Date(at(0).getTime() + 15 * 60_000 - 1), DEFAULT_AUTH_SETTINGS)).toMatchObject({ reason: 'locked' });
    const after = new Date(at(0).getTime() + 15 * 60_000);
    expect(attemptVerdict(state, after, DEFAULT_AUTH_SETTINGS)).toEqual({ allowed: true });
    expect(afterFailure(state, after, DEFAULT_AUTH_SETTINGS)).toEqual({ failures: 1, lastFailedAt: after, lockedUntil: null });
  });
});
