// The id boundary: ids are converted by column name only (a UUID typed into free text stays text), a value that is not
// a UUID never reaches an id column, and the name rule matches the schema the migrations build.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import { contract } from '../../../src/shared/contract';
import { recordAuditEvent } from '../../../src/main/data/audit.writer';
import { findUser } from '../../../src/main/data/users.store';
import { idFromBytes, idToBytes, isIdColumn, NotAnIdError } from '../../../src/main/data/uuid-bytes';
import { startTestCore, type TestCore } from '../../support/core';

let t: TestCore;
beforeAll(async () => {
  t = await startTestCore();
});
afterAll(() => t.close({ remove: true }));

describe('idToBytes / idFromBytes', () => {
  it('round-trips a UUIDv7 through 16 bytes in the same order', () => {
    const ids = Array.from({ length: 50 }, () => uuidv7());
    for (const id of ids) {
      expect(idToBytes(id)).toHaveLength(16);
      expect(idFromBytes(idToBytes(id))).toBe(id);
    }
    const byBytes = [...ids].sort((a, b) => Buffer.compare(idToBytes(a), idToBytes(b)));
    expect(byBytes).toEqual([...ids].sort());
  });

  it('refuses what is not a canonical UUID', () => {
    for (const bad of ['nobody', '', 'workstation:x', '019A0000-0000-7000-8000-000000000001', '019a0000000070008000000000000001', '019a0000-0000-7000-8000-00000000000g']) {
      expect(() => idToBytes(bad)).toThrow(NotAnIdError);
    }
    expect(() => idFromBytes(Buffer.alloc(15))).toThrow(/16 bytes/);
  });
});

describe('the store boundary', () => {
  const lookalike = '019a0000-0000-7000-8000-000000000042';

  it('leaves a UUID typed into free text as text, written and searched', async () => {
    const patient = await t.ok(contract.patients.register, {
      familyName: lookalike,
      givenName: 'Ana',
      dateOfBirth: '1984-02-29',
      mrn: lookalike,
      weight: { value: 70, unit: 'kg' },
    });
    const sqlite = t.core.store.sqlite;
    expect(sqlite.prepare('SELECT typeof(family_name), typeof(mrn), typeof(id) FROM patients WHERE id = ?').raw().get(idToBytes(patient.id))).toEqual([
      'text',
      'text',
      'blob',
    ]);
    // patients.list compares mrn = the search text: not an id column, so the text is compared as text.
    expect((await t.ok(contract.patients.list, { search: lookalike })).map((p) => p.id)).toEqual([patient.id]);
    const session = await t.ok(contract.sessions.open, { patientId: patient.id, chair: 3, plannedStart: t.clock.now().toISOString() });
    const sessionId = session.id;
    await t.ok(contract.charting.checkIn, {
      sessionId,
      weight: { value: 70, unit: 'kg' },
      escort: { name: lookalike, phone: '555-0100' },
    });
    const payload = sqlite.prepare(`SELECT payload FROM entries WHERE kind = 'check_in' AND session_id = ?`).pluck().get(idToBytes(sessionId));
    expect(JSON.parse(String(payload)).escort.name).toBe(lookalike);
  });

  it('refuses a value that is not a UUID in an id column, with the column named, and writes nothing', async () => {
    const before = t.core.store.sqlite.prepare('SELECT count(*) FROM patients').pluck().get();
    const write = t.core.store.write((db) =>
      db
        .insertInto('patients')
        .values({
          id: 'patient-1',
          clinic_id: t.core.workstation.clinicId,
          device_id: t.core.workstation.deviceId,
          author_user_id: t.users.nurse.userId,
          created_at: t.clock.now().toISOString(),
          family_name: 'Rivera',
          given_name: 'Ana',
          date_of_birth: '1984-02-29',
          mrn: null,
        })
        .execute(),
    );
    await expect(write).rejects.toThrow(/^patients\.id must be a record id \(a lowercase UUID\); "patient-1" is not one, and nothing was saved\.$/);
    expect(t.core.store.sqlite.prepare('SELECT count(*) FROM patients').pluck().get()).toBe(before);
  });

  it("refuses 'nobody' (the actor of open channels) as the author of an audit event", async () => {
    const write = t.core.store.write((db) => recordAuditEvent(db, t.core.deps, { action: 'lock', userId: 'nobody', at: t.clock.now() }));
    await expect(write).rejects.toThrow(/audit_append\.user_id must be a record id .*"nobody"/);
  });

  it('finds nothing for a value that is not a UUID in a comparison, as before', async () => {
    expect(await findUser(t.core.store.read, 'nobody')).toBeNull();
    expect(await findUser(t.core.store.read, t.users.nurse.userId)).toMatchObject({ id: t.users.nurse.userId, created_by: t.users.admin.userId });
  });

  it('reads ids back as text from raw sql and joins, and leaves the hashes as bytes', async () => {
    await t.signIn('admin');
    const rows = await t.ok(contract.audit.listRecent, { limit: 5 });
    for (const row of rows) {
      expect(row.deviceId).toBe(t.core.workstation.deviceId);
      expect(row.userId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7/);
      expect(row.hash).toMatch(/^[0-9a-f]{64}$/);
    }
    await t.signIn('nurse');
  });
});

describe('the id column rule', () => {
  it('names exactly the columns the migrated schema keeps as bytes', () => {
    const columns = t.core.store.sqlite
      .prepare(
        `SELECT m.name AS "table", c.name AS "column", c.type AS "type" FROM sqlite_schema m, pragma_table_info(m.name) c
         WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'`,
      )
      .all() as { table: string; column: string; type: string }[];
    const ids = columns.filter((c) => isIdColumn(c.column));
    expect(ids.length).toBeGreaterThan(25);
    // An id column is 16 bytes (ANY: audit_log's user_id and record_id, which may also hold known text).
    for (const c of ids) expect(`${c.table}.${c.column} ${c.type}`).toMatch(c.table === 'audit_log' && c.column !== 'device_id' ? / ANY$/ : / BLOB$/);
    // Every other blob is a hash, never converted.
    const otherBlobs = columns.filter((c) => !isIdColumn(c.column) && (c.type === 'BLOB' || c.type === 'ANY')).map((c) => `${c.table}.${c.column}`);
    expect(otherBlobs.sort()).toEqual(['audit_log.hash', 'audit_log.record_digest']);
  });
});
