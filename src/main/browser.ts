// Browser mode: the same core and screens served on 127.0.0.1 for a local browser, for machines without the
// Electron binary and for the e2e harness. Data lives in CHAIRSIDE_DATA_DIR (default ~/.chairside).
import { homedir } from 'node:os';
import { join } from 'node:path';
import { systemClock } from '../shared/clock';
import { createCore } from './core';
import { startHttpTransport } from './transport/http';
import { startDailyBackups } from './services/backup.service';
import { recordClockJumps } from './services/clock-events';
import { SteadyClock } from './services/clock-watch';
import { describeStartupFailure, startupFailureText } from './startup-failure';

const dataDir = process.env.CHAIRSIDE_DATA_DIR || join(homedir(), '.chairside');
const port = Number(process.env.CHAIRSIDE_PORT ?? 5183);

async function main(): Promise<void> {
  // The wall clock, kept from going back under a running infusion; its jumps go into the audit trail.
  const clock = new SteadyClock(systemClock);
  let core;
  try {
    core = await createCore({ dataDir, clock, log: (message, error) => console.error(message, error) });
  } catch (error) {
    console.error(startupFailureText(describeStartupFailure(error, dataDir)));
    process.exit(1);
  }
  const stopBackups = startDailyBackups(core.deps, (message, error) => console.error(message, error ?? ''));
  recordClockJumps(clock, core.deps, (message, error) => console.error(message, error));
  const stopClockWatch = clock.watch();
  const server = await startHttpTransport({ dispatch: core.dispatch, staticDir: join(__dirname, '../renderer'), port });
  console.log(`Chairside is running in browser mode at ${server.url} (data in ${dataDir}). Press Ctrl+C to stop.`);
  const stop = async () => {
    stopBackups();
    stopClockWatch();
    await server.close();
    await core.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  console.error(`Chairside could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
