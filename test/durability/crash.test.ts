// SIGKILL at random moments never loses an acknowledged entry nor damages the file (200 kills here; 1,000 in
// `npm run test:crash`).
import { describe, expect, it } from 'vitest';
import { runCrashCampaign } from './crash-harness';

const KILLS = 200;

describe('crash safety', () => {
  it(`keeps every acknowledged entry and a sound file across ${KILLS} SIGKILLs at random moments`, async () => {
    const seed = Number(process.env.CHAIRSIDE_CRASH_SEED ?? Date.now() % 1_000_000);
    const report = await runCrashCampaign({ kills: KILLS, seed });
    console.log(
      `crash (seed ${seed}): ${report.kills} kills, ${report.acknowledged} acknowledged entries all present, ` +
        `${report.killedBeforeReady} kills during start-up`,
    );
    expect(report.failures).toEqual([]);
    expect(report.kills).toBe(KILLS);
    // A campaign where nothing was ever acknowledged would prove nothing.
    expect(report.acknowledged).toBeGreaterThan(KILLS);
  }, 600_000); // about 20 s on an idle 2-core machine; much longer only when the machine is crowded
});
