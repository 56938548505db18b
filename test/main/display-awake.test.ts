// The display is kept awake exactly while some chair is infusing (or paused mid-infusion), and released after.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { keepDisplayAwakeWhileInfusing } from '../../src/main/display-awake';
import type { Dispatch } from '../../src/main/ipc/handle';

const boardWith = (...phases: (string | null)[]): Dispatch =>
  vi.fn(async () => ({ ok: true as const, value: { chairs: phases.map((phase, i) => ({ chair: i + 1, session: phase ? { phase } : null, waiting: 0 })) } }));

afterEach(() => {
  vi.useRealTimers();
});

describe('keeping the display awake', () => {
  it('blocks display sleep while a chair is infusing and releases it once none is', async () => {
    vi.useFakeTimers();
    const blocker = { start: vi.fn(() => 7), stop: vi.fn() };
    let phases: (string | null)[] = ['infusing', null];
    const dispatch: Dispatch = vi.fn(async (...args: Parameters<Dispatch>) => boardWith(...phases)(...args));
    const stop = keepDisplayAwakeWhileInfusing(dispatch, blocker, 1000);
    await vi.advanceTimersByTimeAsync(0);
    expect(blocker.start).toHaveBeenCalledWith('prevent-display-sleep');
    phases = ['paused', null];
    await vi.advanceTimersByTimeAsync(1000);
    expect(blocker.start).toHaveBeenCalledTimes(1);
    expect(blocker.stop).not.toHaveBeenCalled();
    phases = ['resting', 'checked_in'];
    await vi.advanceTimersByTimeAsync(1000);
    expect(blocker.stop).toHaveBeenCalledWith(7);
    stop();
    expect(dispatch).toHaveBeenCalledWith('auth:locked-board', {}, { senderTrusted: true });
  });

  it('never blocks when no chair is infusing', async () => {
    const blocker = { start: vi.fn(() => 1), stop: vi.fn() };
    const stop = keepDisplayAwakeWhileInfusing(boardWith(null, 'scheduled'), blocker, 60_000);
    await new Promise((resolve) => setImmediate(resolve));
    stop();
    expect(blocker.start).not.toHaveBeenCalled();
  });
});
