// A damaged file, or a read-only file or folder, at start: a clear refusal (DatabaseUnusableError), nothing charted
// into it, and the offer to restore the latest good backup, which then opens with the data it held.
import { spawnSync } from 'node:child_process';
import { chmodSync, closeSync, mkdirSync, mkdtempSync, openSync, readdirSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract } from '../../src/shared/contract';
import { DATABASE_FILE_NAME } from '../../src/main/core';
import { DatabaseUnusableError } from '../../src/main/data/db';
import { describeStartupFailure, restoreOfferedBackup, startupFailureText } from '../../src/main/startup-failure';
import { startTestCore } from '../support/core';
import { bundleScript, childEnv } from './bundle';
import { chartableSession } from './fixtures';

const NOBODY = 65534;
const asRoot = process.getuid?.() === 0;
let work: string;
let openChild: string;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'chairside-unusable-'));
  chmodSync(work, 0o755);
  openChild = await bundleScript('open-child.ts', work);
  chmodSync(openChild, 0o644);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A folder with a charted database in it (closed), ready to be broken. */
async function chartedFolder(name: string): Promise<string> {
  const dataDir = join(work, name);
  const tc = await startTestCore({ dataDir });
  await chartableSession(tc);
  await tc.close();
  return dataDir;
}

/** Opens the folder in a child as the app would; as root, the child runs as an unprivileged user so modes bite. */
function openInChild(dataDir: string): { opened: boolean; unusable?: boolean; reason?: string; message?: string } {
  const result = spawnSync(process.execPath, [openChild, dataDir], {
    env: childEnv(),
    encoding: 'utf8',
    ...(asRoot ? { uid: NOBODY, gid: NOBODY } : {}),
  });
  expect(result.stderr).toBe('');
  return JSON.parse(result.stdout.trim());
}

describe('a chart database that cannot be used at start', () => {
  it('refuses a damaged file with a clear message, offers the latest good backup, and the restore brings the data back', async () => {
    const dataDir = join(work, 'damaged');
    const tc = await startTestCore({ dataDir });
    await chartableSession(tc);
    const backup = await tc.ok(contract.backups.create, {});
    await tc.close();

    const file = join(dataDir, DATABASE_FILE_NAME);
    const fd = openSync(file, 'r+');
    const garbage = Buffer.alloc(4096 * 3, 0xa5);
    writeSync(fd, garbage, 0, garbage.length, 4096); // pages 2-4: schema and table b-trees
    closeSync(fd);

    const error = await startTestCore({ dataDir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseUnusableError);
    expect((error as DatabaseUnusableError).reason).toBe('damaged');
    expect((error as Error).message).toMatch(/damaged|not a readable chart database/);
    expect((error as Error).message).toMatch(/Nothing will be charted into it/);

    const failure = describeStartupFailure(error, dataDir);
    expect(failure.backup?.name).toBe(backup.name);
    const text = startupFailureText(failure);
    expect(text).toContain(`npm run restore -- "${failure.backup!.file}"`);

    const replaced = restoreOfferedBackup(failure, dataDir, new Date('2026-11-25T15:00:00Z'));
    expect(replaced && statSync(replaced).size).toBeGreaterThan(0); // the damaged file is kept aside
    const restored = await startTestCore({ dataDir });
    expect((await restored.ok(contract.patients.list, {})).map((p) => p.familyName)).toEqual(['Okafor']);
    await restored.close();
  });

  it('says plainly that no good backup exists when the backups folder has none', () => {
    const dataDir = join(work, 'no-backups');
    const failure = describeStartupFailure(new DatabaseUnusableError('damaged', 'x: restore the latest good backup.'), dataDir);
    expect(failure.backup).toBeNull();
    expect(startupFailureText(failure)).toContain('No good backup was found');
  });

  it('refuses a read-only database file at start instead of taking entries it cannot save', async () => {
    const dataDir = await chartedFolder('read-only-file');
    chmodSync(dataDir, 0o777);
    chmodSync(join(dataDir, DATABASE_FILE_NAME), 0o444);
    const outcome = openInChild(dataDir);
    expect(outcome).toMatchObject({ opened: false, unusable: true });
    expect(outcome.message).toMatch(/read-only/);
    expect(outcome.message).toMatch(/restore the latest good backup/);
  });

  it('refuses a database in a read-only folder at start', async () => {
    const dataDir = await chartedFolder('read-only-folder');
    chmodSync(join(dataDir, DATABASE_FILE_NAME), 0o666);
    for (const name of readdirSync(dataDir)) chmodSync(join(dataDir, name), 0o666);
    chmodSync(dataDir, 0o555);
    const outcome = openInChild(dataDir);
    expect(outcome).toMatchObject({ opened: false, unusable: true });
    expect(outcome.message).toMatch(/read-only/);
    chmodSync(dataDir, 0o755);
  });

  it('refuses a new database in a read-only folder at start', () => {
    const dataDir = join(work, 'read-only-empty');
    rmSync(dataDir, { recursive: true, force: true });
    mkdirSync(dataDir);
    chmodSync(dataDir, 0o555);
    const outcome = openInChild(dataDir);
    expect(outcome).toMatchObject({ opened: false, unusable: true });
    expect(outcome.message).toMatch(/read-only/);
    chmodSync(dataDir, 0o755);
  });
});
