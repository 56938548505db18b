// Opens a core on the given folder as the app would at start and reports, as one JSON line, whether it refused
// and why; if it opened, it tries to chart one patient. Run by faults.test.ts (as an unprivileged user when root).
import { DatabaseUnusableError } from '../../src/main/data/db';
import { startTestCore } from '../support/core';
import { chartableSession } from './fixtures';

async function main(): Promise<void> {
  const [dataDir] = process.argv.slice(2);
  let tc;
  try {
    tc = await startTestCore({ dataDir });
  } catch (error) {
    const unusable = error instanceof DatabaseUnusableError;
    console.log(JSON.stringify({ opened: false, unusable, reason: unusable ? error.reason : null, message: (error as Error).message }));
    return;
  }
  try {
    await chartableSession(tc);
    console.log(JSON.stringify({ opened: true, charted: true }));
  } catch (error) {
    console.log(JSON.stringify({ opened: true, charted: false, message: (error as Error).message }));
  } finally {
    await tc.close();
  }
}

void main();
