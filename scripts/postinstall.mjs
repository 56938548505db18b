// Fetches Electron's binary where the internet allows; an offline machine still gets a working install
// (tests and browser mode need no Electron binary), so a failed download is reported in one line, not fatal.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const installer = 'node_modules/electron/install.js';
if (!existsSync(installer)) process.exit(0);
const result = spawnSync(process.execPath, [installer], { stdio: ['ignore', 'ignore', 'pipe'], timeout: 120_000 });
if (result.status === 0) {
  console.log('chairside: Electron binary is installed.');
} else {
  console.log(
    'chairside: the Electron binary could not be downloaded (no internet?); tests and browser mode (npm start) still work.',
  );
}
process.exit(0);
