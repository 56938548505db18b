// Time enters the domain only through a Clock, so rules are testable and the harness can run an infusion in seconds.
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock that only moves when told to; the e2e harness and tests use it, production never does. */
export class ManualClock implements Clock {
  #ms: number;
  constructor(start: Date | string) {
    this.#ms = new Date(start).getTime();
  }
  now(): Date {
    return new Date(this.#ms);
  }
  advanceMinutes(minutes: number): void {
    this.#ms += minutes * 60_000;
  }
  set(to: Date | string): void {
    this.#ms = new Date(to).getTime();
  }
}
