// The administrator's list of recent audit rows: the newest first, with who did what, across every device's chain.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contract } from '../../../src/shared/contract';
import { startTestCore, type TestCore } from '../../support/core';
import { idToBytes } from '../../../src/main/data/uuid-bytes';

describe('recent audit rows', () => {
  let t: TestCore;
  beforeEach(async () => {
    t = await startTestCore({ signedIn: 'admin' });
  });
  afterEach(async () => {
    await t.close({ remove: true });
  });

  it('lists the newest rows first, each naming its user and action', async () => {
    t.clock.advanceMinutes(1);
    const patient = await t.ok(contract.patients.register, {
      familyName: 'Rivera', givenName: 'Ana', dateOfBirth: '1984-02-29', weight: { value: 70, unit: 'kg' },
    });
    const rows = await t.ok(contract.audit.listRecent, { limit: 3 });
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatchObject({ action: 'create', recordTable: 'entries' }); // the registration weight, last written
    expect(rows.map((r) => r.recordId)).toContain(patient.id);
    expect(rows[0].userName).toBe(t.users.admin.displayName);
    expect(rows[0].hash).toMatch(/^[0-9a-f]{64}$/);
    expect(rows.map((r) => r.seq)).toEqual([...rows.map((r) => r.seq)].sort((a, b) => b - a));
  });

  it('merges the chains of several workstations by time', async () => {
    // Rows from another workstation's chain (as a later merge of records would bring them), older and newer than ours.
    const elsewhere = '01900000-0000-7000-8000-00000000e15e';
    const append = t.core.store.sqlite.prepare(
      `INSERT INTO audit_append (device_id, at, user_id, action, record_table, record_id, record_digest, detail)
       VALUES (?, ?, ?, 'print', NULL, NULL, NULL, NULL)`,
    );
    append.run(idToBytes(elsewhere), '2000-01-01T00:00:00.000Z', idToBytes('01900000-0000-7000-8000-00000000500e'));
    append.run(idToBytes(elsewhere), '2100-01-01T00:00:00.000Z', idToBytes('01900000-0000-7000-8000-00000000500e'));
    const rows = await t.ok(contract.audit.listRecent, { limit: 500 });
    expect(rows[0]).toMatchObject({ deviceId: elsewhere, seq: 2, at: '2100-01-01T00:00:00.000Z' });
    expect(rows.at(-1)).toMatchObject({ deviceId: elsewhere, seq: 1, at: '2000-01-01T00:00:00.000Z' });
    expect(rows.filter((r) => r.deviceId === t.core.workstation.deviceId).length).toBeGreaterThan(0);
  });
});
