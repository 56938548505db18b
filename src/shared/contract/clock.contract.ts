// The main side's clock, so the renderer's timers follow the same time the rules use (and the harness clock in tests).
import { z } from 'zod';
import { channel } from './envelope';
import { instantSchema } from './common';

export const getClockNow = channel(
  'clock:now',
  z.strictObject({}),
  z.object({ now: instantSchema.describe("the main side's current time; base every on-screen timer on it") }),
  [],
  // Open and not activity: the locked board's timers tick from it too, and its polling must not hold off the lock.
  { access: 'open', activity: false },
);
