// The instant a session's chart is computed at: the clock, but never earlier than the last instant this process
// computed that session's chart at, so timers on screen never run backwards when the wall clock is set back.
// (Across a restart the record's own times are the floor, in the domain.) A monotonic ctx.clock makes this a no-op.
import type { Store } from '../../data/db';
import type { ServiceContext } from '../context';

const highWater = new WeakMap<Store, Map<string, number>>();

export function chartNowMs(ctx: Pick<ServiceContext, 'store' | 'clock'>, sessionId: string): number {
  const store = ctx.store;
  let seen = highWater.get(store);
  if (!seen) highWater.set(store, (seen = new Map()));
  const now = Math.max(ctx.clock.now().getTime(), seen.get(sessionId) ?? -Infinity);
  seen.set(sessionId, now);
  return now;
}
