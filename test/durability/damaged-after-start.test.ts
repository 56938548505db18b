// The start check is bounded (small tables whole, the growing tables' edges); the full check runs after start in a
// worker. Damage in a small table is refused at start; damage deep in a growing table opens, is then found by the
// full check, stops charting with a clear message, and the next start refuses the file and offers the backup.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { contract } from '../../src/shared/contract';
import { DATABASE_FILE_NAME } from '../../src/main/core';
import { DatabaseUnusableError } from '../../src/main/data/db';
import { startDailyBackups } from '../../src/main/services/backup.service';
import { describeStartupFailure, restoreOfferedBackup } from '../../src/main/startup-failure';
import { startTestCore, type TestCore } from '../support/core';
import { lastLeaf, middleLeaf, rootPage, spoilPages } from '../support/damage';

const work = mkdtempSync(join(tmpdir(), 'chairside-damaged-after-start-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Enough patients that patients, entries and audit_log each span many pages under an interior root. */
async function chartMany(tc: TestCore, count: number): Promise<void> {
  for (let n = 0; n < count; n += 1) {
    await tc.ok(contract.patients.register, {
      familyName: `Family${String(n).padStart(4, '0')}`,
      givenName: 'Ada',
      dateOfBirth: '1980-03-14',
      weight: { value: 72, unit: 'kg' },
    });
  }
}

const quietLog = () => undefined;

describe('the chart file checked at start and after it', () => {
  it('opens an undamaged file, and the full check after start finds nothing: charting and the daily backup go on', async () => {
    const tc = await startTestCore({ dataDir: join(work, 'sound') });
    await chartMany(tc, 50);
    const stop = startDailyBackups(tc.core.deps, quietLog, { firstAfterMs: 0 });
    await vi.waitFor(async () => expect((await tc.ok(contract.backups.list, {})).backups).toHaveLength(1), { timeout: 20_000 });
    stop();
    expect((await tc.ok(contract.backups.list, {})).damage).toBeNull();
    const more = await tc.call(contract.patients.register, { familyName: 'Okafor', givenName: 'Ada', dateOfBirth: '1980-03-14', weight: { value: 72, unit: 'kg' } });
    expect(more.ok).toBe(true);
    await tc.close();
  });

  /** Charts `count` patients, closes, spoils the page `choose` names, and answers with what the next start throws. */
  async function startAfterSpoiling(name: string, count: number, choose: (file: string) => number): Promise<unknown> {
    const dataDir = join(work, name);
    const tc = await startTestCore({ dataDir });
    await chartMany(tc, count);
    await tc.close();
    const file = join(dataDir, DATABASE_FILE_NAME);
    spoilPages(file, [choose(file)]);
    return startTestCore({ dataDir }).catch((e: unknown) => e);
  }

  it('refuses at start a file whose small table (the staff accounts) is damaged', async () => {
    const error = await startAfterSpoiling('small-table', 20, (file) => rootPage(file, 'users'));
    expect(error).toBeInstanceOf(DatabaseUnusableError);
    expect((error as DatabaseUnusableError).reason).toBe('damaged');
    expect((error as Error).message).toMatch(/damaged|not a readable chart database/);
    expect((error as Error).message).toMatch(/Nothing will be charted into it; restore the latest good backup/);
  });

  it('refuses at start a file whose newest audit trail page is damaged (a growing table without rowids)', async () => {
    const error = await startAfterSpoiling('audit-edge', 100, (file) => lastLeaf(file, 'audit_log'));
    expect(error).toBeInstanceOf(DatabaseUnusableError);
    expect((error as Error).message).toMatch(/Nothing will be charted into it; restore the latest good backup/);
  });

  it('catches damage deep in a growing table after start: charting stops with a clear message, the next start refuses the file and the backup brings the data back', async () => {
    const dataDir = join(work, 'big-table');
    const tc = await startTestCore({ dataDir });
    await chartMany(tc, 300);
    const backup = await tc.ok(contract.backups.create, {});
    await tc.close();
    const file = join(dataDir, DATABASE_FILE_NAME);
    spoilPages(file, [middleLeaf(file, 'entries')]);

    // The bounded start check does not read that page: the app opens and the nurse can sign in.
    const damaged = await startTestCore({ dataDir });
    const stop = startDailyBackups(damaged.core.deps, quietLog, { firstAfterMs: 0 });
    const list = await vi.waitFor(
      async () => {
        const listed = await damaged.ok(contract.backups.list, {});
        expect(listed.damage).not.toBeNull();
        return listed;
      },
      { timeout: 20_000 },
    );
    stop();
    expect(list.damage).toMatch(/The chart database at .* is damaged \(/);
    // What every screen's banner reads, even while nobody is signed in.
    expect(await damaged.ok(contract.storage.status, {})).toEqual({ damage: list.damage });
    expect(list.backups.map((b) => b.name)).toEqual([backup.name]); // no backup made of the damaged file

    const save = await damaged.call(contract.patients.register, { familyName: 'Late', givenName: 'Entry', dateOfBirth: '1990-01-01', weight: { value: 80, unit: 'kg' } });
    expect(save.ok).toBe(false);
    if (!save.ok) {
      expect(save.error.code).toBe('storage_error');
      expect(save.error.message).toMatch(/^Saving has stopped, so this entry was NOT saved: chart it on paper\. The chart database at .* is damaged \(/);
      expect(save.error.message).toMatch(/Quit Chairside and start it again to be offered the latest good backup\.$/);
    }
    await damaged.close();

    // The next start refuses it as a damage found at start would be, and offers the backup.
    const error = await startTestCore({ dataDir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseUnusableError);
    expect((error as DatabaseUnusableError).reason).toBe('damaged');
    expect((error as Error).message).toMatch(/is damaged .*Nothing will be charted into it; restore the latest good backup/);
    const failure = describeStartupFailure(error, dataDir);
    expect(failure.backup?.name).toBe(backup.name);

    const replaced = restoreOfferedBackup(failure, dataDir, new Date('2026-11-25T15:00:00Z'));
    expect(replaced && existsSync(`${replaced}-damaged`)).toBe(true); // the mark went aside with the damaged file
    const restored = await startTestCore({ dataDir });
    expect((await restored.ok(contract.patients.list, { search: 'Family0299' })).map((p) => p.familyName)).toEqual(['Family0299']);
    await restored.close();
  });
});
