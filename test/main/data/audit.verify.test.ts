// The audit trail is tamper-evident: with the protecting triggers dropped, an edited or deleted row is still found by
// verify, which names the first broken link; an untouched trail verifies.
import type BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contract } from '../../../src/shared/contract';
import { verifyAuditTrail } from '../../../src/main/data/audit.verify';
import { idsAsText, idToBytes } from '../../../src/main/data/uuid-bytes';
import { startTestCore, type TestCore } from '../../support/core';

const ana = { familyName: 'Rivera', givenName: 'Ana', dateOfBirth: '1984-02-29', weight: { value: 70, unit: 'kg' as const } };
const vitals = { systolic: 128, diastolic: 82, heartRate: 74, spo2: 98, respiratoryRate: 14 };

/** What someone with the file and the sqlite3 shell could do: drop the guards, then edit. */
function dropGuards(sqlite: BetterSqlite3.Database) {
  for (const table of ['patients', 'sessions', 'entries', 'audit_log']) {
    sqlite.exec(`DROP TRIGGER IF EXISTS ${table}_refuse_update; DROP TRIGGER IF EXISTS ${table}_refuse_delete;`);
  }
}

describe('audit trail verification', () => {
  let t: TestCore;
  let vitalsId: string;
  let patientId: string;
  beforeEach(async () => {
    t = await startTestCore();
    const patient = await t.ok(contract.patients.register, ana);
    patientId = patient.id;
    const session = await t.ok(contract.sessions.open, { patientId: patient.id, chair: 2, plannedStart: '2026-11-25T14:00:00.000Z' });
    vitalsId = (await t.ok(contract.vitals.record, { sessionId: session.id, ...vitals })).id;
    t.clock.advanceMinutes(5);
    await t.ok(contract.vitals.record, { sessionId: session.id, ...vitals, systolic: 140 });
  });
  afterEach(async () => {
    await t.close({ remove: true });
  });

  const sqlite = () => t.core.store.sqlite;
  const auditSeqOf = (recordId: string) =>
    (sqlite().prepare('SELECT seq FROM audit_log WHERE record_id = ?').get(idToBytes(recordId)) as { seq: number }).seq;

  it('holds for a trail nobody touched, with a row for every user, patient, session and entry created', async () => {
    const verification = verifyAuditTrail(sqlite());
    expect(verification).toMatchObject({ ok: true, firstBreak: null, breakCount: 0, devices: 1 });
    const records = sqlite().prepare("SELECT count(*) AS n FROM audit_log WHERE record_table IS NOT NULL").get() as { n: number };
    expect(records.n).toBe(verification.recordsChecked);
  });

  it('names the entry whose payload was edited in the file, with the triggers dropped', () => {
    dropGuards(sqlite());
    sqlite().prepare(`UPDATE entries SET payload = json_set(payload, '$.systolic', 118) WHERE id = ?`).run(idToBytes(vitalsId));
    const result = verifyAuditTrail(sqlite());
    expect(result.ok).toBe(false);
    expect(result.firstBreak).toMatchObject({ seq: auditSeqOf(vitalsId), recordTable: 'entries', recordId: vitalsId });
    expect(result.firstBreak!.problem).toContain('was changed after it was written');
  });

  it('names an entry deleted from the file', () => {
    const seq = auditSeqOf(vitalsId);
    dropGuards(sqlite());
    sqlite().prepare('DELETE FROM entries WHERE id = ?').run(idToBytes(vitalsId));
    const result = verifyAuditTrail(sqlite());
    expect(result.firstBreak).toMatchObject({ seq, recordId: vitalsId });
    expect(result.firstBreak!.problem).toContain('has been deleted');
  });

  it('names the audit row whose author was rewritten', () => {
    const seq = auditSeqOf(patientId);
    dropGuards(sqlite());
    sqlite().prepare('UPDATE audit_log SET user_id = ? WHERE record_id = ?').run(idToBytes('019abcde-0000-7000-8000-0000000e15e0'), idToBytes(patientId));
    const result = verifyAuditTrail(sqlite());
    expect(result.firstBreak).toMatchObject({ seq, recordId: patientId });
    expect(result.firstBreak!.problem).toBe(`row ${seq} (create) was changed after it was written, or the row before it was changed or replaced`);
  });

  it('finds a deleted audit row in the middle of the chain as a gap', () => {
    const seq = auditSeqOf(patientId);
    dropGuards(sqlite());
    sqlite().prepare('DELETE FROM audit_log WHERE seq = ?').run(seq);
    const result = verifyAuditTrail(sqlite());
    expect(result.firstBreak).toMatchObject({ seq: seq + 1 });
    expect(result.firstBreak!.problem).toContain(`audit rows ${seq}–${seq} are missing`);
  });

  it('finds an audit row rewritten with a recomputed hash, at the next link', () => {
    const seq = auditSeqOf(patientId);
    dropGuards(sqlite());
    // A forger who knows the formula recomputes this row's hash, but the next row still links to the old one.
    const row = sqlite().prepare('SELECT * FROM audit_log WHERE seq = ?').get(seq) as Record<string, unknown>;
    sqlite()
      .prepare(
        `UPDATE audit_log SET at = '2026-01-01T00:00:00.000Z',
           hash = unhex(sha256((SELECT lower(hex(hash)) FROM audit_log WHERE seq = @seq - 1) ||
             canonical_json(device_id, seq, '2026-01-01T00:00:00.000Z', user_id, action, record_table, record_id, lower(hex(record_digest)), detail)))
         WHERE seq = @seq`,
      )
      .run({ seq });
    expect((sqlite().prepare('SELECT hash FROM audit_log WHERE seq = ?').get(seq) as { hash: Buffer }).hash).not.toEqual(row.hash);
    const result = verifyAuditTrail(sqlite());
    expect(result.firstBreak).toMatchObject({ seq: seq + 1 });
    expect(result.firstBreak!.problem).toContain('the row before it was changed or replaced');
  });

  it('finds an entry written with the audit trigger dropped (no audit row at all)', () => {
    const row = sqlite().prepare('SELECT * FROM entries WHERE id = ?').get(idToBytes(vitalsId)) as Record<string, unknown>;
    sqlite().exec('DROP TRIGGER entries_audit_insert');
    const forged = '019abcde-0000-7000-8000-000000000099';
    sqlite()
      .prepare(`INSERT INTO entries (id, kind, clinic_id, device_id, patient_id, session_id, author_user_id, recorded_at, created_at, supersedes_id, payload)
                VALUES (@id, @kind, @clinic_id, @device_id, @patient_id, @session_id, @author_user_id, @recorded_at, @created_at, @supersedes_id, @payload)`)
      .run({ ...row, id: idToBytes(forged) });
    const result = verifyAuditTrail(sqlite());
    expect(result.firstBreak).toMatchObject({ seq: null, recordTable: 'entries', recordId: forged });
    expect(result.firstBreak!.problem).toContain('has no audit row');
  });

  it("appends a clinic setting change by trigger, and names it when its value is edited in the file", async () => {
    await t.ok(contract.settings.update, { changes: { alertSystolicAtOrAbove: 170 } });
    const row = idsAsText(sqlite().prepare("SELECT seq, user_id, detail FROM audit_log WHERE action = 'setting_change' AND record_table = 'setting_changes'").get()) as {
      seq: number;
      user_id: string;
      detail: string;
    };
    expect(row).toMatchObject({ user_id: t.users.nurse.userId });
    expect(JSON.parse(row.detail)).toEqual({ key: 'alertSystolicAtOrAbove', value: 170 });
    expect(verifyAuditTrail(sqlite()).ok).toBe(true);
    sqlite().exec('DROP TRIGGER setting_changes_refuse_update');
    sqlite().prepare("UPDATE setting_changes SET value = '200'").run();
    expect(verifyAuditTrail(sqlite()).firstBreak).toMatchObject({ seq: row.seq, recordTable: 'setting_changes' });
  });

  it('refuses UPDATE and DELETE on the audit table while its triggers are in place', () => {
    expect(() => sqlite().prepare("UPDATE audit_log SET user_id = 'x'").run()).toThrow(/append-only/);
    expect(() => sqlite().prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
  });

  it('is what the administrator sees through audit:verify, naming the first broken link', async () => {
    await t.signIn('admin');
    expect(await t.ok(contract.audit.verify, {})).toMatchObject({ ok: true, firstBreak: null, checkedAt: '2026-11-25T14:05:00.000Z' });
    dropGuards(sqlite());
    sqlite().prepare(`UPDATE entries SET payload = json_set(payload, '$.systolic', 118) WHERE id = ?`).run(idToBytes(vitalsId));
    const answer = await t.ok(contract.audit.verify, {});
    expect(answer).toMatchObject({ ok: false, firstBreak: { recordId: vitalsId, seq: auditSeqOf(vitalsId) } });
  });
});
