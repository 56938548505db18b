// Failed sign-ins slow down, then lock the account for a while (OWASP: throttle, then lock, per account).
import type { AuthSettings } from './auth-settings';

/** The first wait once slowing down; each further failure doubles it, up to MAX_WAIT_MS. Not a clinical setting. */
const FIRST_WAIT_MS = 5_000;
const MAX_WAIT_MS = 5 * 60_000;

export interface ThrottleState {
  readonly failures: number;
  readonly lastFailedAt: Date | null;
  readonly lockedUntil: Date | null;
}

export const NO_FAILURES: ThrottleState = { failures: 0, lastFailedAt: null, lockedUntil: null };

export type AttemptVerdict = { allowed: true } | { allowed: false; reason: 'locked' | 'slowed'; until: Date };

/** Whether a secret may even be checked now (a locked or slowed account is refused without looking at it). */
export function attemptVerdict(state: ThrottleState, now: Date, settings: AuthSettings): AttemptVerdict {
  if (state.lockedUntil && now < state.lockedUntil) return { allowed: false, reason: 'locked', until: state.lockedUntil };
  if (state.lockedUntil) return { allowed: true }; // the lockout has run out: a fresh start
  const wait = waitAfter(state.failures, settings);
  if (wait > 0 && state.lastFailedAt) {
    const until = new Date(state.lastFailedAt.getTime() + wait);
    if (now < until) return { allowed: false, reason: 'slowed', until };
  }
  return { allowed: true };
}

export function afterFailure(state: ThrottleState, now: Date, settings: AuthSettings): ThrottleState {
  const expired = state.lockedUntil !== null && now >= state.lockedUntil;
  const failures = (expired ? 0 : state.failures) + 1;
  const lockedUntil = failures >= settings.lockoutAfterFailures ? new Date(now.getTime() + settings.lockoutMinutes * 60_000) : null;
  return { failures, lastFailedAt: now, lockedUntil };
}

function waitAfter(failures: number, settings: AuthSettings): number {
  if (failures < settings.slowdownAfterFailures) return 0;
  return Math.min(FIRST_WAIT_MS * 2 ** (failures - settings.slowdownAfterFailures), MAX_WAIT_MS);
}
