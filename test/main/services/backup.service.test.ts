// Backups: checked online copies renamed into backups/, rotation by retention, and restore from the app and the CLI.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { contract } from '../../../src/shared/contract';
import { migrations } from '../../../db/migrations';
import { DATABASE_FILE_NAME } from '../../../src/main/core';
import { startTestCore, type TestCore } from '../../support/core';

const register = (tc: TestCore, familyName: string) =>
  tc.ok(contract.patients.register, { familyName, givenName: 'Test', dateOfBirth: '1980-01-01', weight: { value: 70, unit: 'kg' } });

const familyNames = async (tc: TestCore) => (await tc.ok(contract.patients.list, {})).map((p) => p.familyName).sort();

let open: TestCore[] = [];
afterEach(async () => {
  for (const tc of open) await tc.close({ remove: true }).catch(() => undefined);
  open = [];
});
async function core(): Promise<TestCore> {
  const tc = await startTestCore();
  open.push(tc);
  return tc;
}

describe('backups', () => {
  it('writes a backup that passes integrity_check into the backups folder, leaving no temporary file', async () => {
    const tc = await core();
    await register(tc, 'Abara');
    const made = await tc.ok(contract.backups.create, {});
    const folder = join(tc.dataDir, 'backups');
    expect(readdirSync(folder)).toEqual([made.name]);
    const copy = new BetterSqlite3(join(folder, made.name), { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.prepare('SELECT family_name FROM patients').pluck().all()).toEqual(['Abara']);
    copy.close();
    const listed = await tc.ok(contract.backups.list, {});
    expect(listed.backups.map((b) => b.name)).toEqual([made.name]);
    expect(listed.retentionDays).toBe(30);
  });

  it('takes entries while the copy is being made, and the copy is one snapshot of the record in write order', async () => {
    const tc = await core();
    for (let i = 0; i < 20; i += 1) await register(tc, `Before${String(i).padStart(2, '0')}`);
    const making = tc.ok(contract.backups.create, {});
    const during: string[] = [];
    for (let i = 0; i < 5; i += 1) during.push((await register(tc, `During${i}`)).familyName);
    const made = await making;
    const copy = new BetterSqlite3(join(tc.dataDir, 'backups', made.name), { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    const names = copy.prepare('SELECT family_name FROM patients').pluck().all() as string[];
    const audited = copy.prepare(`SELECT count(*) FROM audit_log WHERE record_table = 'patients'`).pluck().get();
    copy.close();
    expect(names.filter((n) => n.startsWith('Before'))).toHaveLength(20);
    // Whatever was written while it ran is in the copy up to one point in write order, with its audit rows.
    const inCopy = during.filter((n) => names.includes(n));
    expect(inCopy).toEqual(during.slice(0, inCopy.length));
    expect(audited).toBe(names.length);
    expect(await familyNames(tc)).toHaveLength(25);
  });

  it('removes backups older than the 30-day default retention but always keeps the newest', async () => {
    const tc = await core();
    const first = await tc.ok(contract.backups.create, {});
    tc.clock.advanceMinutes(10 * 24 * 60);
    const second = await tc.ok(contract.backups.create, {});
    tc.clock.advanceMinutes(25 * 24 * 60); // first is now 35 days old, second 25
    const third = await tc.ok(contract.backups.create, {});
    expect((await tc.ok(contract.backups.list, {})).backups.map((b) => b.name)).toEqual([third.name, second.name]);
    expect(first.name).not.toBe(second.name);

    await tc.signIn('admin');
    await tc.ok(contract.backups.setRetention, { days: 1 });
    expect((await tc.ok(contract.backups.list, {})).backups.map((b) => b.name)).toEqual([third.name]);
    tc.clock.advanceMinutes(400 * 24 * 60);
    await tc.ok(contract.backups.setRetention, { days: 1 });
    expect((await tc.ok(contract.backups.list, {})).backups.map((b) => b.name)).toEqual([third.name]);
  });

  it('restores a backup made before ids were stored as bytes (0500): it is migrated as it opens, and verifies', async () => {
    const before = await startTestCore({ migrations: migrations.filter((m) => m.version < 500) });
    await register(before, 'Old');
    const backup = await before.ok(contract.backups.create, {});
    await before.close();
    const tc = await startTestCore({ dataDir: before.dataDir, clock: before.clock });
    open.push(tc);
    await register(tc, 'New');
    await tc.signIn('admin');
    await tc.ok(contract.backups.restore, { name: backup.name });
    expect(await familyNames(tc)).toEqual(['Old']);
    await register(tc, 'Next');
    expect(await familyNames(tc)).toEqual(['Next', 'Old']);
    expect(await tc.ok(contract.audit.verify, {})).toMatchObject({ ok: true });
  });

  it('restores a backup from the app: later records are gone, the replaced file is kept, and charting goes on', async () => {
    const tc = await core();
    await register(tc, 'Before');
    const backup = await tc.ok(contract.backups.create, {});
    await register(tc, 'After');
    const refused = await tc.call(contract.backups.restore, { name: backup.name });
    expect(refused.ok || refused.error.code).toBe('forbidden');
    await tc.signIn('admin');
    const restored = await tc.ok(contract.backups.restore, { name: backup.name });
    expect(await familyNames(tc)).toEqual(['Before']);
    expect(restored.replacedFile).not.toBeNull();
    const replaced = new BetterSqlite3(restored.replacedFile!, { readonly: true });
    expect(replaced.prepare('SELECT family_name FROM patients ORDER BY 1').pluck().all()).toEqual(['After', 'Before']);
    replaced.close();
    await register(tc, 'Next');
    expect(await familyNames(tc)).toEqual(['Before', 'Next']);
    const again = await tc.restart();
    open.push(again);
    expect(await familyNames(again)).toEqual(['Before', 'Next']);
  });

  it('refuses to restore anything but a listed backup by name', async () => {
    const tc = await core();
    await tc.signIn('admin');
    const traversal = await tc.call(contract.backups.restore, { name: '../chairside.db' });
    expect(traversal.ok || traversal.error.code).toBe('invalid_input');
    const unknown = await tc.call(contract.backups.restore, { name: 'chairside-20200101T000000000Z.db' });
    expect(unknown.ok || unknown.error.code).toBe('not_found');
  });

  it('restores with `npm run restore -- <file>` while the app is closed (round trip)', async () => {
    const tc = await core();
    await register(tc, 'Kept');
    const backup = await tc.ok(contract.backups.create, {});
    await register(tc, 'Dropped');
    await tc.close();
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/restore.ts', backup.name, '--data-dir', tc.dataDir], {
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Restored');
    expect(existsSync(join(tc.dataDir, DATABASE_FILE_NAME))).toBe(true);
    const reopened = await startTestCore({ dataDir: tc.dataDir });
    open.push(reopened);
    expect(await familyNames(reopened)).toEqual(['Kept']);
  }, 60_000);
});
