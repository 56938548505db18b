// `npm run test:crash`: the long crash campaign (1,000 SIGKILLs by default, or --kills N), with its counts printed.
import { runCrashCampaign } from './crash-harness';

async function main(): Promise<void> {
  const at = process.argv.indexOf('--kills');
  const kills = at > 0 ? Number(process.argv[at + 1]) : 1000;
  const seed = Number(process.env.CHAIRSIDE_CRASH_SEED ?? Date.now() % 1_000_000);
  const started = performance.now();
  const report = await runCrashCampaign({ kills, seed, log: (line) => console.log(line) });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `crash (seed ${seed}): ${report.kills} kills in ${seconds} s, ${report.acknowledged} acknowledged entries, ` +
      `${report.killedBeforeReady} kills during start-up, ${report.failures.length} failures`,
  );
  for (const failure of report.failures) console.log(`  ${failure}`);
  process.exit(report.failures.length === 0 && report.kills === kills ? 0 : 1);
}

void main();
