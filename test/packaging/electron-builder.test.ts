// electron-builder.yml validated offline: electron-builder checks the configuration against its schema and packs
// the app directory around a stand-in Electron binary (the real one cannot be downloaded here). Fuses need the real
// binary, and the Electron rebuild of better-sqlite3 needs Electron's headers: both run on machines with internet.
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { listPackage } from '@electron/asar';
import { build, Platform, type Configuration } from 'electron-builder';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = resolve(__dirname, '../..');

describe('electron-builder.yml', () => {
  const config = parse(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as Configuration;
  let unpacked: string;
  let asarFiles: string[];

  beforeAll(async () => {
    const work = mkdtempSync(join(tmpdir(), 'chairside-pack-'));
    const electronDist = join(work, 'electron-dist');
    mkdirSync(electronDist);
    writeFileSync(join(electronDist, 'electron'), '#!/bin/sh\necho stand-in electron\n');
    chmodSync(join(electronDist, 'electron'), 0o755);
    const { electronFuses: _fuses, ...withoutFuses } = config;
    await build({
      projectDir: root,
      targets: Platform.LINUX.createTarget('dir'),
      config: { ...withoutFuses, electronFuses: null, electronDist, npmRebuild: false, directories: { ...config.directories, output: join(work, 'dist') } },
      publish: 'never',
    });
    unpacked = join(work, 'dist', 'linux-unpacked');
    asarFiles = listPackage(join(unpacked, 'resources', 'app.asar'), { isPack: false }).map((f) => f.replaceAll('\\', '/'));
  }, 120_000);

  it('turns on the Electron fuses that close run-as-node and Node options', () => {
    expect(config.electronFuses).toMatchObject({ runAsNode: false, enableNodeOptionsEnvironmentVariable: false, onlyLoadAppFromAsar: true });
  });

  it('packs the main process, the preload and the renderer into app.asar', () => {
    for (const file of ['/out/main/index.js', '/out/preload/index.js', '/out/renderer/index.html', '/package.json']) {
      expect(asarFiles).toContain(file);
    }
  });

  it('leaves the browser-mode HTTP server out of the desktop package', () => {
    expect(asarFiles).not.toContain('/out/main/browser.js');
  });

  it('unpacks better-sqlite3 native module beside the archive so it can load', () => {
    expect(existsSync(join(unpacked, 'resources', 'app.asar.unpacked', 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node'))).toBe(true);
  });

  it('ships no test, source or development tooling', () => {
    expect(asarFiles.filter((f) => f.startsWith('/src/') || f.startsWith('/test/'))).toEqual([]);
    expect(asarFiles.some((f) => f.startsWith('/node_modules/vitest/') || f.startsWith('/node_modules/playwright-core/'))).toBe(false);
  });
});
