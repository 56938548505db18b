// The store: durability pragmas, the soundness checks at start, and append-only clinical tables.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DatabaseUnusableError, openStore } from '../../../src/main/data/db';
import { contract } from '../../../src/shared/contract';
import { startTestCore } from '../../support/core';
import { idsAsText } from '../../../src/main/data/uuid-bytes';

describe('store', () => {
  it('opens with WAL, synchronous=FULL and foreign keys on', async () => {
    const t = await startTestCore();
    const { sqlite } = t.core.store;
    expect(sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(sqlite.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    await t.close({ remove: true });
  });

  it('refuses a file that is not a chart database with a clear message', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'chairside-bad-')), 'chairside.db');
    writeFileSync(file, 'this is not a database, it is a shopping list '.repeat(200));
    const error = (() => {
      try {
        openStore(file);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(DatabaseUnusableError);
    expect((error as DatabaseUnusableError).reason).toBe('damaged');
    expect((error as Error).message).toMatch(/not a readable chart database.*restore the latest good backup/);
  });

  it('refuses to update or delete a clinical entry: corrections are new entries', async () => {
    const t = await startTestCore();
    await t.ok(contract.patients.register, { familyName: 'Rivera', givenName: 'Ana', dateOfBirth: '1984-02-29', weight: { value: 70, unit: 'kg' } });
    const { sqlite } = t.core.store;
    expect(() => sqlite.prepare("UPDATE entries SET payload = '{}'").run()).toThrow(/append-only/);
    expect(() => sqlite.prepare('DELETE FROM entries').run()).toThrow(/append-only/);
    expect(() => sqlite.prepare("UPDATE patients SET family_name = 'X'").run()).toThrow(/append-only/);
    expect(() => sqlite.prepare('DELETE FROM patients').run()).toThrow(/append-only/);
    expect(sqlite.prepare('SELECT count(*) AS n FROM entries').get()).toEqual({ n: 1 });
    await t.close({ remove: true });
  });

  it('gives every row a UUIDv7 id, this workstation device id and both clinical and written times', async () => {
    const t = await startTestCore();
    await t.ok(contract.patients.register, { familyName: 'Rivera', givenName: 'Ana', dateOfBirth: '1984-02-29', weight: { value: 70, unit: 'kg' } });
    const stored = t.core.store.sqlite.prepare('SELECT * FROM entries').get() as Record<string, unknown>;
    expect(stored.id).toBeInstanceOf(Buffer); // 16 bytes in the file (0500_ids_as_bytes), text to the app
    expect((stored.id as Buffer).length).toBe(16);
    const row = idsAsText(stored) as Record<string, string>;
    expect(row.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(row.device_id).toBe(t.core.workstation.deviceId);
    expect(row.clinic_id).toBe(t.core.workstation.clinicId);
    expect(row.recorded_at).toBe('2026-11-25T14:00:00.000Z');
    expect(row.created_at).toBe('2026-11-25T14:00:00.000Z');
    await t.close({ remove: true });
  });
});
