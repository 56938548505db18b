// npm start: build, then run the desktop app. Where the Electron binary is absent, say so plainly and serve the
// same app on 127.0.0.1 for a local browser (browser mode).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { ensureElectronNativeBuild } from './electron-native.mjs';

const require = createRequire(import.meta.url);

const build = spawnSync(process.execPath, ['node_modules/electron-vite/bin/electron-vite.js', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

function electronBinary() {
  try {
    const path = require('electron'); // the binary's path, or a throw when it was never downloaded
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();
let child;
if (binary) {
  ensureElectronNativeBuild();
  child = spawn(binary, ['.'], { stdio: 'inherit' });
} else {
  console.log('The Electron binary is not installed on this machine, so Chairside is starting in browser mode instead.');
  child = spawn(process.execPath, ['out/main/browser.js'], { stdio: 'inherit' });
}
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
