// Keeps the display from sleeping while any chair is infusing (Electron's powerSaveBlocker), decided on the main
// side from the same board the screens show, so a running infusion is never behind a dark screen.
import type { Dispatch } from './ipc/handle';

export interface DisplaySleepBlocker {
  start(type: 'prevent-display-sleep'): number;
  stop(id: number): void;
}

const INFUSING = new Set(['infusing', 'paused']);

/** Checks now and then every `everyMs`; returns the function that stops checking and releases the blocker. */
export function keepDisplayAwakeWhileInfusing(dispatch: Dispatch, blocker: DisplaySleepBlocker, everyMs = 30_000): () => void {
  let blockId: number | null = null;
  const check = async () => {
    // The lock screen's board: open to the main side whoever is signed in, and it does not count as activity.
    const answer = await dispatch('auth:locked-board', {}, { senderTrusted: true });
    const chairs = answer.ok ? (answer.value as { chairs: { session: { phase: string } | null }[] }).chairs : [];
    const infusing = chairs.some((c) => c.session !== null && INFUSING.has(c.session.phase));
    if (infusing && blockId === null) blockId = blocker.start('prevent-display-sleep');
    if (!infusing && blockId !== null) {
      blocker.stop(blockId);
      blockId = null;
    }
  };
  void check();
  const timer = setInterval(() => void check(), everyMs);
  return () => {
    clearInterval(timer);
    if (blockId !== null) blocker.stop(blockId);
    blockId = null;
  };
}
