// 0100_clinic_settings: setting changes are append-only (like the record), and the latest change per key is in force.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrations } from '../../db/migrations';
import { openStore } from '../../src/main/data/db';
import { migrate } from '../../src/main/data/migrate';
import { readSettings } from '../../src/main/data/settings.reader';

const now = () => new Date('2026-11-25T14:00:00.000Z');

describe('0100_clinic_settings', () => {
  it('refuses UPDATE and DELETE of a setting change, and the latest change per key wins over the default', async () => {
    const store = openStore(join(mkdtempSync(join(tmpdir(), 'chairside-mig-')), 'chairside.db'));
    await migrate(store, migrations, { now, target: 100 });
    const insert = store.sqlite.prepare(
      `INSERT INTO setting_changes (id, clinic_id, device_id, author_user_id, created_at, key, value) VALUES (?, 'c', 'd', 'u', ?, ?, ?)`,
    );
    insert.run('a', '2026-11-25T10:00:00.000Z', 'minRestMinutes', '25');
    insert.run('b', '2026-11-25T11:00:00.000Z', 'minRestMinutes', '30');
    insert.run('c', '2026-11-25T11:00:00.000Z', 'someFutureSetting', '1');
    expect(() => store.sqlite.prepare(`UPDATE setting_changes SET value = '20'`).run()).toThrow(/append-only/);
    expect(() => store.sqlite.prepare(`DELETE FROM setting_changes`).run()).toThrow(/append-only/);
    const { values } = await readSettings(store.read);
    expect(values.minRestMinutes).toBe(30);
    expect(values.vitalsIntervalMinutes).toBe(15);
    expect(values).not.toHaveProperty('someFutureSetting');
    await store.close();
  });
});
