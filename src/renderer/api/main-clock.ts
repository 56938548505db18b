// The main side's time on screen: every answer that carries the main side's "now" (clock:now, the board, a chart)
// re-syncs one offset from this machine's clock, and timers tick each second locally from it, so a timer never
// re-reads the database every second and never drifts from the time the rules use.
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { api, unwrap } from './client';

/** The latest sample: the main side's time, and this machine's time when it arrived. */
let sample = { mainMs: Date.now(), localMs: Date.now() };

/** Screens showing a timer: told at once when the main side's time arrives, not at their next one-second tick. */
const listeners = new Set<() => void>();

/** Records the main side's time from any answer that carries it (the freshest answer wins). */
export function noteMainTime(iso: string): void {
  sample = { mainMs: new Date(iso).getTime(), localMs: Date.now() };
  for (const listener of listeners) listener();
}

const mainNowMs = () => sample.mainMs + (Date.now() - sample.localMs);

/** The main side's "now" in ms, re-rendered once a second; clock:now is asked again every 15 s. */
export function useMainNow(): number {
  useQuery({
    queryKey: ['clock'],
    queryFn: async () => {
      const { now } = await unwrap(api.clock.now({}));
      noteMainTime(now);
      return now;
    },
    refetchInterval: 15_000,
  });
  const [now, setNow] = useState(mainNowMs);
  useEffect(() => {
    // Until the first answer this machine's own clock stands in: a timer must not show it a moment longer.
    const update = () => setNow(mainNowMs());
    listeners.add(update);
    const id = window.setInterval(update, 1000);
    return () => {
      listeners.delete(update);
      window.clearInterval(id);
    };
  }, []);
  return now;
}

/**
 * A value the main side computed as of `asOf`, ticked on to `now` while `running` (elapsed counts up) or down
 * (remaining counts down, never below 0).
 */
export function tick(valueMs: number, asOf: string, now: number, direction: 'up' | 'down', running = true): number {
  if (!running) return valueMs;
  const passed = Math.max(0, now - new Date(asOf).getTime());
  return direction === 'up' ? valueMs + passed : Math.max(0, valueMs - passed);
}
