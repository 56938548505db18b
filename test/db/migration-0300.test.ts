// 0300 stores the audit trail compactly; a trail written before it must still verify after it, rows written after
// it must chain onto it, and an old row tampered with must still be found.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrations } from '../../db/migrations';
import { verifyAuditTrail } from '../../src/main/data/audit.verify';
import { openStore, type Store } from '../../src/main/data/db';
import { migrate } from '../../src/main/data/migrate';

const now = () => new Date('2026-11-25T14:00:00.000Z');

function addPatient(store: Store, n: number): void {
  store.sqlite
    .prepare(
      `INSERT INTO patients (id, clinic_id, device_id, author_user_id, created_at, family_name, given_name, date_of_birth, mrn)
       VALUES (?, 'clinic-1', 'device-1', 'user-1', ?, 'Rivera', ?, '1984-02-29', ?)`,
    )
    .run(`019a0000-0000-7000-8000-00000000000${n}`, `2026-11-25T1${n}:00:00.000Z`, `Ana ${n}`, `MRN-${n}`);
}

async function storeWithOldTrail(): Promise<Store> {
  const store = openStore(join(mkdtempSync(join(tmpdir(), 'chairside-0300-')), 'chairside.db'));
  await migrate(store, migrations, { now, target: 210 });
  addPatient(store, 1);
  addPatient(store, 2);
  return store;
}

describe('migration 0300 (compact audit trail)', () => {
  it('keeps a trail written before it verifiable, and chains new rows onto it', async () => {
    const store = await storeWithOldTrail();
    const before = store.sqlite.prepare('SELECT seq, hash FROM audit_log ORDER BY seq').all() as { seq: number; hash: string }[];
    await migrate(store, migrations, { now, target: 400 }); // before 0500: this trail's ids are not UUIDs

    const after = store.sqlite.prepare('SELECT seq, hash FROM audit_log ORDER BY seq').all() as { seq: number; hash: Buffer }[];
    expect(after.map((row) => [row.seq, row.hash.toString('hex')])).toEqual(before.map((row) => [row.seq, row.hash]));
    addPatient(store, 3);
    const verification = verifyAuditTrail(store.sqlite);
    expect(verification).toMatchObject({ ok: true, rowsChecked: 3, recordsChecked: 3 });
    await store.close();
  });

  it('still finds a row written before the migration and edited after it', async () => {
    const store = await storeWithOldTrail();
    await migrate(store, migrations, { now, target: 400 }); // before 0500: this trail's ids are not UUIDs
    store.sqlite.exec('DROP TRIGGER audit_log_refuse_update');
    store.sqlite.prepare("UPDATE audit_log SET user_id = 'someone-else' WHERE seq = 1").run();
    expect(verifyAuditTrail(store.sqlite).firstBreak).toMatchObject({ seq: 1, recordTable: 'patients' });
    await store.close();
  });

  it('keeps the audit trail append-only', async () => {
    const store = await storeWithOldTrail();
    await migrate(store, migrations, { now, target: 400 }); // before 0500: this trail's ids are not UUIDs
    expect(() => store.sqlite.exec('DELETE FROM audit_log WHERE seq = 1')).toThrow(/append-only/);
    expect(() => store.sqlite.exec("UPDATE audit_log SET action = 'x' WHERE seq = 1")).toThrow(/append-only/);
    await store.close();
  });
});
