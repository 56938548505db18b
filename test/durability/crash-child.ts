// The process the crash test kills: opens a core on the given folder and charts vitals through the dispatch,
// printing "ack <id>" only after each write has been acknowledged (committed). Bundled and run by crash.test.ts.
import { contract } from '../../src/shared/contract';
import { startTestCore } from '../support/core';
import { vitalsFor } from './fixtures';

async function main(): Promise<void> {
  const [dataDir, sessionId] = process.argv.slice(2);
  // The parent holds our stdin open; if it ends, the parent is gone and nobody will ever kill us.
  process.stdin.on('end', () => process.exit(3));
  process.stdin.resume();
  const tc = await startTestCore({ dataDir });
  process.stdout.write('ready\n');
  for (let n = 0; ; n += 1) {
    const entry = await tc.ok(contract.vitals.record, vitalsFor(sessionId, n));
    // A pipe write is synchronous on Linux: once this returns, the parent can read the line.
    process.stdout.write(`ack ${entry.id}\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`crash-child failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(2);
});
