// Keeps the app's time steady when the wall clock jumps. Each tick compares the wall clock with a monotonic source
// (process.hrtime): a clock set back is absorbed (time keeps going forward, so a running infusion's elapsed time
// stays right); a jump ahead (a suspend and resume, or a clock set forward) is followed, first paying back any time
// absorbed earlier. Each jump is reported so the host can record it in the audit trail.
import type { Clock } from '../../shared/clock';

export interface ClockJump {
  /** 'set_back': the wall clock went back; 'forward': it jumped ahead (suspend/resume, or set forward). */
  readonly kind: 'set_back' | 'forward';
  /** How far the wall clock moved beyond what the monotonic clock saw, in ms (always positive). */
  readonly byMs: number;
  /** The gap the app's own time took (forward only: the part not paying back an earlier set-back). */
  readonly gapMs: number;
  readonly wallBefore: string;
  readonly wallAfter: string;
  /** The app's time at the jump, as recorded in the audit trail. */
  readonly at: string;
}

/** Milliseconds on a clock that never jumps (not wall time). */
export type MonotonicMs = () => number;
export const processMonotonicMs: MonotonicMs = () => Number(process.hrtime.bigint() / 1_000_000n);

/** Below this, a difference is the clock being slewed (NTP) or timer jitter, not a jump. */
export const JUMP_THRESHOLD_MS = 2_000;

export class SteadyClock implements Clock {
  #lastWall: number;
  #lastMono: number;
  /** How far the app's time runs ahead of the wall clock, after the wall clock was set back. */
  #offset = 0;
  #listeners: ((jump: ClockJump) => void)[] = [];

  constructor(
    private readonly wall: Clock,
    private readonly mono: MonotonicMs = processMonotonicMs,
  ) {
    this.#lastWall = wall.now().getTime();
    this.#lastMono = mono();
  }

  now(): Date {
    this.check();
    return new Date(this.#lastWall + this.#offset);
  }

  onJump(listener: (jump: ClockJump) => void): void {
    this.#listeners.push(listener);
  }

  /** Compares the clocks once; the host also calls it every second so a suspend is noticed on resume. */
  check(): ClockJump | null {
    const wall = this.wall.now().getTime();
    const mono = this.mono();
    const jumpMs = wall - (this.#lastWall + (mono - this.#lastMono));
    const before = this.#lastWall + (mono - this.#lastMono);
    this.#lastWall = wall;
    this.#lastMono = mono;
    let jump: ClockJump | null = null;
    if (jumpMs < -JUMP_THRESHOLD_MS) {
      this.#offset += -jumpMs;
      jump = this.#jump('set_back', -jumpMs, 0, before, wall);
    } else if (jumpMs > JUMP_THRESHOLD_MS) {
      const repaid = Math.min(this.#offset, jumpMs);
      this.#offset -= repaid;
      jump = this.#jump('forward', jumpMs, jumpMs - repaid, before, wall);
    }
    if (jump) for (const listener of this.#listeners) listener(jump);
    return jump;
  }

  /** Checks every `everyMs` until stopped (the timer does not keep the process alive). */
  watch(everyMs = 1_000): () => void {
    const timer = setInterval(() => this.check(), everyMs);
    timer.unref();
    return () => clearInterval(timer);
  }

  #jump(kind: ClockJump['kind'], byMs: number, gapMs: number, wallBefore: number, wallAfter: number): ClockJump {
    return {
      kind,
      byMs,
      gapMs,
      wallBefore: new Date(wallBefore).toISOString(),
      wallAfter: new Date(wallAfter).toISOString(),
      at: new Date(wallAfter + this.#offset).toISOString(),
    };
  }
}
