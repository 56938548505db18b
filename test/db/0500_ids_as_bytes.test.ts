// 0500 stores every id as 16 bytes: a record charted through the app before it is all there after it, row for row with
// the same rowids, read back through the app as the same text; the audit chain verifies with the same hashes and still
// names an edit; the guards, foreign keys, indexes and query plans are as they were; a file holding an id that is not
// a UUID is refused whole.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import { migrations } from '../../db/migrations';
import { contract } from '../../src/shared/contract';
import { verifyAuditTrail } from '../../src/main/data/audit.verify';
import { appendEntry } from '../../src/main/data/entries.writer';
import { openStore } from '../../src/main/data/db';
import { currentVersion, migrate } from '../../src/main/data/migrate';
import { idsAsText, idToBytes } from '../../src/main/data/uuid-bytes';
import { recordClockJump } from '../../src/main/services/clock-events';
import { startTestCore, type TestCore } from '../support/core';
import { queryPlan, statementsPrepared } from '../support/prepared-statements';
import { calmVitals, patientWithSession } from '../main/services/charting/fixtures';
import type { EntriesTable } from '../../src/main/data/schema';

const BEFORE = migrations.filter((m) => m.version < 500);
const TABLES = ['users', 'user_credentials', 'sign_in_throttle', 'auth_settings', 'app_meta', 'patients', 'sessions', 'entries', 'setting_changes'];

type Row = Record<string, unknown>;
/** Every row of every table as the file holds it, ids as text: rowid included (audit_log has none: its key). */
function snapshot(t: TestCore): Record<string, Row[]> {
  const sqlite = t.core.store.sqlite;
  const out: Record<string, Row[]> = {};
  for (const table of TABLES) out[table] = (sqlite.prepare(`SELECT rowid AS "rowid", * FROM ${table} ORDER BY rowid`).all() as Row[]).map(idsAsText);
  out.audit_log = (sqlite.prepare('SELECT * FROM audit_log ORDER BY device_id, seq').all() as Row[]).map(idsAsText);
  return out;
}

/** The schema's indexes, views and triggers, by name, with their SQL. */
function schemaObjects(t: TestCore): Row[] {
  return t.core.store.sqlite
    .prepare(`SELECT type, name, tbl_name, sql FROM sqlite_schema WHERE type IN ('index', 'view', 'trigger') ORDER BY type, name`)
    .all() as Row[];
}

/** The app's reads a nurse's day makes, and the plan of every statement they prepare (a fresh store prepares each). */
async function readThroughTheApp(t: TestCore, ids: { sessionId: string; patientId: string }) {
  let reads: unknown[] = [];
  const statements = await statementsPrepared(t.core.store.sqlite, async () => {
    reads = [
      await t.ok(contract.board.get, {}),
      await t.ok(contract.sessions.chart, { sessionId: ids.sessionId }),
      await t.ok(contract.patients.history, { patientId: ids.patientId }),
      await t.ok(contract.patients.list, {}),
    ];
  });
  const plans = Object.fromEntries(statements.map((s) => [s, queryPlan(t.core.store.sqlite, s)]));
  return { reads, plans };
}

const jump = (t: TestCore, kind: 'set_back' | 'forward') => {
  const at = t.clock.now().toISOString();
  return { kind, byMs: 3_600_000, gapMs: kind === 'forward' ? 3_600_000 : 0, wallBefore: at, wallAfter: at, at };
};

describe('0500_ids_as_bytes', () => {
  let t: TestCore;
  let ids: { sessionId: string; patientId: string; vitalsId: string };
  let before: Record<string, Row[]>;
  let objectsBefore: Row[];
  let appBefore: Awaited<ReturnType<typeof readThroughTheApp>>;
  let auditBefore: unknown[];

  beforeAll(async () => {
    // A day charted through the app on the schema before 0500 (ids as text).
    const old = await startTestCore({ migrations: BEFORE });
    const { patient, sessionId } = await patientWithSession(old);
    const vitals = await old.ok(contract.vitals.record, { sessionId, ...calmVitals });
    await old.ok(contract.settings.update, { changes: { alertSystolicAtOrAbove: 170 } });
    // A correction (supersedes_id), a wrong PIN (the throttle row), a clock jump (the workstation as actor) and an
    // auth setting changed (its key as record_id): every kind of id column, and the two texts audit_log may keep.
    const stored = old.core.store.sqlite.prepare('SELECT * FROM entries WHERE id = ?').get(vitals.id) as EntriesTable;
    await old.core.store.write((db) =>
      appendEntry(db, { ...stored, id: uuidv7(), created_at: old.clock.now().toISOString(), supersedes_id: vitals.id }, 'vitals', {
        ...calmVitals,
        systolic: 126,
      }),
    );
    expect(await old.call(contract.auth.signIn, { userId: old.users.physician.userId, secret: '0000' })).toMatchObject({ ok: false });
    await recordClockJump(old.core.deps, jump(old, 'forward'));
    await old.signIn('admin');
    await old.ok(contract.auth.updateSettings, { changes: { idleLockMinutes: 5 } });
    ids = { sessionId, patientId: patient.id, vitalsId: vitals.id };
    expect(await currentVersion(old.core.store)).toBe(400);
    await old.close();

    // Opened again on the same schema (a fresh handle prepares every statement anew): the app's reads, and the file as
    // 0500 will find it.
    const reopened = await startTestCore({ dataDir: old.dataDir, clock: old.clock, migrations: BEFORE, signedIn: null });
    objectsBefore = schemaObjects(reopened);
    await reopened.signIn('admin');
    appBefore = await readThroughTheApp(reopened, ids);
    auditBefore = await reopened.ok(contract.audit.listRecent, { limit: 500 });
    before = snapshot(reopened);
    await reopened.close();

    // The same folder opened by this app: 0500 runs at start.
    t = await startTestCore({ dataDir: old.dataDir, clock: old.clock, signedIn: null });
  });
  afterAll(() => t.close({ remove: true }));

  it('keeps every row with its rowid, and the ids are the same text', async () => {
    expect(await currentVersion(t.core.store)).toBe(500);
    expect(snapshot(t)).toEqual(before);
    const sqlite = t.core.store.sqlite;
    expect(sqlite.prepare('SELECT DISTINCT typeof(id), length(id) FROM entries').raw().all()).toEqual([['blob', 16]]);
    expect(sqlite.prepare('SELECT count(*) FROM entries WHERE supersedes_id IS NOT NULL').pluck().get()).toBe(1);
    expect(sqlite.prepare('SELECT count(*) FROM sign_in_throttle').pluck().get()).toBe(1);
    // The two texts audit_log keeps as text: the workstation as actor, and an auth setting's key.
    expect(sqlite.prepare(`SELECT user_id FROM audit_log WHERE action = 'clock_jump'`).pluck().get()).toBe(`workstation:${t.core.workstation.deviceId}`);
    expect(sqlite.prepare(`SELECT record_id FROM audit_log WHERE record_table = 'auth_settings'`).pluck().get()).toBe('idleLockMinutes');
  });

  it('puts back every index, view and trigger word for word, STRICT, with its foreign keys', () => {
    const sqlite = t.core.store.sqlite;
    expect(schemaObjects(t)).toEqual(objectsBefore);
    const shape = sqlite.prepare(`SELECT name, strict, wr FROM pragma_table_list WHERE schema = 'main' AND name IN (${TABLES.map((n) => `'${n}'`).join(', ')}, 'audit_log') ORDER BY name`).all();
    expect(shape).toEqual([...TABLES, 'audit_log'].sort().map((name) => ({ name, strict: 1, wr: name === 'audit_log' ? 1 : 0 })));
    const foreignKeys = sqlite.prepare(`SELECT m.name, f."from", f."table", f."to" FROM sqlite_schema m, pragma_foreign_key_list(m.name) f ORDER BY 1, 2`).raw().all();
    expect(foreignKeys).toEqual([
      ['entries', 'patient_id', 'patients', 'id'],
      ['entries', 'session_id', 'sessions', 'id'],
      ['sessions', 'patient_id', 'patients', 'id'],
      ['sign_in_throttle', 'user_id', 'users', 'id'],
      ['user_credentials', 'user_id', 'users', 'id'],
    ]);
    expect(sqlite.pragma('foreign_key_check')).toEqual([]);
    expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('reads back through the app the same, through the same indexes', async () => {
    await t.signIn('admin');
    const after = await readThroughTheApp(t, ids);
    expect(after.reads).toEqual(appBefore.reads);
    expect(Object.keys(after.plans).length).toBeGreaterThan(5);
    expect(after.plans).toEqual(appBefore.plans);
    expect(await t.ok(contract.audit.listRecent, { limit: 500 })).toEqual(expect.arrayContaining(auditBefore));
  });

  it('verifies the chain written before it, chains new rows onto it with the same formula, and still names an edit', async () => {
    const sqlite = t.core.store.sqlite;
    const rows = () => Number(sqlite.prepare('SELECT count(*) FROM audit_log').pluck().get());
    expect(verifyAuditTrail(sqlite)).toMatchObject({ ok: true, rowsChecked: rows() });
    await t.signIn('nurse');
    await t.ok(contract.vitals.record, { sessionId: ids.sessionId, ...calmVitals, heartRate: 80 });
    await recordClockJump(t.core.deps, jump(t, 'set_back'));
    expect(verifyAuditTrail(sqlite)).toMatchObject({ ok: true, rowsChecked: rows() });

    sqlite.exec('DROP TRIGGER entries_refuse_update');
    sqlite.prepare(`UPDATE entries SET payload = json_set(payload, '$.systolic', 118) WHERE id = ?`).run(idToBytes(ids.vitalsId));
    const seq = sqlite.prepare('SELECT seq FROM audit_log WHERE record_id = ?').pluck().get(idToBytes(ids.vitalsId));
    expect(verifyAuditTrail(sqlite).firstBreak).toMatchObject({ seq, recordTable: 'entries', recordId: ids.vitalsId });
    sqlite.exec(String(objectsBefore.find((o) => o.name === 'entries_refuse_update')!.sql));
  });

  it('keeps every append-only table append-only', () => {
    const sqlite = t.core.store.sqlite;
    for (const table of ['patients', 'sessions', 'entries', 'users', 'setting_changes', 'audit_log']) {
      const set = table === 'audit_log' ? 'at = at' : 'created_at = created_at';
      expect(() => sqlite.exec(`UPDATE ${table} SET ${set}`)).toThrow(/append-only/);
      expect(() => sqlite.exec(`DELETE FROM ${table}`)).toThrow(/append-only/);
    }
  });

  it('holds its foreign keys and refuses anything but 16 bytes in an id column', () => {
    const sqlite = t.core.store.sqlite;
    const entry = sqlite.prepare('SELECT * FROM entries LIMIT 1').get() as Row;
    const insert = sqlite.prepare(`INSERT INTO entries (id, kind, clinic_id, device_id, patient_id, session_id, author_user_id, recorded_at, created_at, payload)
      VALUES (@id, @kind, @clinic_id, @device_id, @patient_id, @session_id, @author_user_id, @recorded_at, @created_at, @payload)`);
    expect(() => insert.run({ ...entry, id: idToBytes(uuidv7()), session_id: idToBytes(uuidv7()) })).toThrow(/FOREIGN KEY/);
    expect(() => insert.run({ ...entry, id: uuidv7() })).toThrow(/cannot store TEXT value in BLOB column/);
    expect(() => insert.run({ ...entry, id: Buffer.alloc(15) })).toThrow(/CHECK constraint failed/);
    // 'nobody' (the actor of open channels) never authors a row: the file refuses it as a user id.
    expect(() =>
      sqlite
        .prepare(`INSERT INTO audit_append (device_id, at, user_id, action) VALUES (?, '2026-11-25T15:00:00.000Z', 'nobody', 'lock')`)
        .run(idToBytes(t.core.workstation.deviceId)),
    ).toThrow(/CHECK constraint failed/);
  });
});

describe('0500_ids_as_bytes on a file holding an id that is not a UUID', () => {
  it('refuses, names the column, and leaves the file as it was', async () => {
    const old = await startTestCore({ migrations: BEFORE });
    await patientWithSession(old);
    old.core.store.sqlite
      .prepare(`INSERT INTO patients (id, clinic_id, device_id, author_user_id, created_at, family_name, given_name, date_of_birth)
                VALUES (?, 'clinic-1', ?, ?, '2026-11-25T14:00:00.000Z', 'Rivera', 'Ana', '1984-02-29')`)
      .run(uuidv7(), old.core.workstation.deviceId, old.users.nurse.userId);
    const file = old.core.store.file;
    await old.close();

    const store = openStore(file);
    try {
      await expect(migrate(store, migrations, { now: () => new Date() })).rejects.toThrow(
        /patients\.clinic_id holds 1 value\(s\) that are not ids .*"clinic-1".*Nothing was changed/,
      );
      expect(await currentVersion(store)).toBe(400);
      expect(store.sqlite.prepare(`SELECT type FROM pragma_table_info('patients') WHERE name = 'id'`).pluck().get()).toBe('TEXT');
      expect(store.sqlite.prepare(`SELECT count(*) FROM sqlite_schema WHERE name LIKE '%_0400'`).pluck().get()).toBe(0);
      expect(verifyAuditTrail(store.sqlite).rowsChecked).toBeGreaterThan(0);
      // Still usable as it was: the plugin is off on a file whose ids are text.
      expect(await store.read.selectFrom('patients').select('family_name').where('clinic_id', '=', 'clinic-1').execute()).toEqual([{ family_name: 'Rivera' }]);
    } finally {
      await store.close();
    }
  });
});
