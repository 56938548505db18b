// Builds better-sqlite3 for Electron's ABI into native/electron-<version>/, apart from node_modules' Node build
// (which the tests use), so neither build overwrites the other. Needs Electron's headers, so it runs only where
// the Electron binary could be downloaded (and therefore the internet is reachable).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

const require = createRequire(import.meta.url);
const root = resolve(import.meta.dirname, '..');

export function ensureElectronNativeBuild() {
  const version = require('electron/package.json').version;
  const target = join(root, 'native', `electron-${version}`, 'better_sqlite3.node');
  if (existsSync(target)) return target;
  const stage = join(root, 'native', '.stage-better-sqlite3');
  rmSync(stage, { recursive: true, force: true });
  cpSync(join(root, 'node_modules', 'better-sqlite3'), stage, { recursive: true, filter: (src) => !src.includes(`${join('better-sqlite3', 'build')}`) });
  console.log(`chairside: building better-sqlite3 for Electron ${version} (once; about a minute)…`);
  const gyp = spawnSync(
    process.execPath,
    [require.resolve('node-gyp/bin/node-gyp.js'), 'rebuild', '--release', `--target=${version}`, '--runtime=electron', '--dist-url=https://electronjs.org/headers'],
    { cwd: stage, stdio: 'inherit' },
  );
  if (gyp.status !== 0) throw new Error('Could not build better-sqlite3 for Electron (are Electron headers reachable?).');
  mkdirSync(join(root, 'native', `electron-${version}`), { recursive: true });
  cpSync(join(stage, 'build', 'Release', 'better_sqlite3.node'), target);
  rmSync(stage, { recursive: true, force: true });
  return target;
}
