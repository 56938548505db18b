// The session record reader keeps what it already read on the store's read handle and fetches only newer entries.
// What a nurse sees must never differ from a fresh read: new entries appear, a rolled-back write never does.
import { v7 as uuidv7 } from 'uuid';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contract } from '../../../src/shared/contract';
import { loadSessionRecord } from '../../../src/main/data/session-record.reader';
import { appendEntry } from '../../../src/main/data/entries.writer';
import { startTestCore, type TestCore } from '../../support/core';
import { plainProfile } from '../services/charting/fixtures';

const vitals = { systolic: 128, diastolic: 82, heartRate: 74, spo2: 98, respiratoryRate: 14 };

describe('session record reader', () => {
  let t: TestCore;
  let sessionId: string;
  let patientId: string;
  beforeEach(async () => {
    t = await startTestCore();
    const patient = await t.ok(contract.patients.register, {
      familyName: 'Rivera', givenName: 'Ana', dateOfBirth: '1984-02-29', weight: { value: 70, unit: 'kg' },
    });
    patientId = patient.id;
    sessionId = (await t.ok(contract.sessions.open, { patientId, chair: 2, plannedStart: '2026-11-25T14:00:00.000Z' })).id;
  });
  afterEach(async () => {
    await t.close({ remove: true });
  });

  const read = async () => (await loadSessionRecord(t.core.store.read, sessionId))!;
  /** The columns of an entry of this session written at `at`, straight into the file (no channel, no read after). */
  const headerAt = (at: string) => ({
    id: uuidv7(), clinic_id: t.core.workstation.clinicId, device_id: t.core.workstation.deviceId, author_user_id: t.users.nurse.userId,
    created_at: at, patient_id: patientId, session_id: sessionId, recorded_at: at, supersedes_id: null,
  });
  const kinds = async () => (await read()).entries.map((e) => e.kind);

  it('brings in entries written after an earlier read, in write order, as a fresh read would', async () => {
    const before = await kinds();
    await t.ok(contract.vitals.record, { sessionId, ...vitals });
    t.clock.advanceMinutes(5);
    await t.ok(contract.vitals.record, { sessionId, ...vitals, systolic: 190 }); // also raises an alert
    const after = await kinds();
    expect(after).toEqual([...before, 'vitals', 'vitals', 'alert_raised']);
    // The same as a read on a handle that has seen nothing before (a write transaction's handle is new each time).
    const fresh = await t.core.store.write(async (db) => (await loadSessionRecord(db, sessionId))!.entries.map((e) => e.kind));
    expect(after).toEqual(fresh);
  });

  it('never shows an entry whose write was rolled back', async () => {
    const before = await kinds();
    await expect(
      t.core.store.write(async (db) => {
        await appendEntry(db, headerAt(new Date().toISOString()), 'vitals', vitals);
        // Inside the transaction the new row is there (the checks before a write see it), whether the read starts
        // afresh or from what the read handle already holds...
        expect((await loadSessionRecord(db, sessionId))!.entries.map((e) => e.kind)).toEqual([...before, 'vitals']);
        const started = await loadSessionRecord(db, sessionId, { startFrom: t.core.store.read });
        expect(started!.entries.map((e) => e.kind)).toEqual([...before, 'vitals']);
        throw new Error('the write fails after appending');
      }),
    ).rejects.toThrow('the write fails after appending');
    // ...but it never committed, so no read shows it, and the next entry is the only new one.
    expect(await kinds()).toEqual(before);
    await t.ok(contract.vitals.record, { sessionId, ...vitals });
    expect(await kinds()).toEqual([...before, 'vitals']);
  });

  it('reads afresh, and the same, after more was written since the last read than it brings up to date', async () => {
    const before = await kinds();
    await t.core.store.write(async (db) => {
      for (let i = 0; i < 5_001; i += 1) {
        const at = new Date(Date.parse('2026-11-25T14:00:00.000Z') + i).toISOString();
        await appendEntry(db, headerAt(at), 'vitals', vitals);
      }
    });
    await t.ok(contract.vitals.record, { sessionId, ...vitals });
    const after = await kinds();
    expect(after).toHaveLength(before.length + 5_002);
    const fresh = await t.core.store.write(async (db) => (await loadSessionRecord(db, sessionId))!.entries.map((e) => e.id));
    expect((await read()).entries.map((e) => e.id)).toEqual(fresh);
  });

  it("checks a write against a setting changed since the chart was last read", async () => {
    await read(); // the screen holds the chart: the read handle is up to date
    await t.ok(contract.settings.update, { changes: { alertSystolicAtOrAbove: 150 } });
    await t.ok(contract.vitals.record, { sessionId, ...vitals, systolic: 155 }); // under the default, over the clinic's
    expect((await kinds()).slice(-2)).toEqual(['vitals', 'alert_raised']);
  });

  it('checks a write against entries written since the chart was last read', async () => {
    await read();
    // Written without a read after it: the read handle's kept record is one entry behind the file.
    await t.core.store.write(async (db) => {
      await appendEntry(db, headerAt(t.clock.now().toISOString()), 'session_cancelled', { reason: 'Patient unwell with a fever' });
    });
    const refused = await t.call(contract.vitals.record, { sessionId, ...vitals });
    expect(refused.ok).toBe(false);
    expect(refused.ok ? null : refused.error.code).toBe('conflict');
  });

  it("never checks a write against kept records a read is still bringing up to date", async () => {
    await read();
    const writeDirectly = () =>
      t.core.store.write(async (db) => {
        const header = headerAt(t.clock.now().toISOString());
        await appendEntry(db, header, 'vitals', vitals);
        return header.id;
      });
    const ticks = async (n: number) => {
      for (let i = 0; i < n; i += 1) await Promise.resolve();
    };
    // A read catching up asks for the newest rowids, then for the rows: a write's checks may run in between, at any
    // point of it, so every point is tried.
    for (let delay = 0; delay < 40; delay += 1) {
      const written = await writeDirectly();
      const [, seenByWrite] = await Promise.all([
        read(),
        ticks(delay).then(() => t.core.store.write(async (db) => (await loadSessionRecord(db, sessionId, { startFrom: t.core.store.read }))!.entries.map((e) => e.id))),
      ]);
      expect(seenByWrite, `a write started ${delay} ticks into a read`).toContain(written);
    }
  });

  it('shows the patient profile recorded after the session was first read', async () => {
    expect((await read()).profile).toBeNull();
    await t.ok(contract.patients.recordProfile, { patientId, ...plainProfile, medications: [{ name: 'lorazepam', dailyDoseMg: 1 }] });
    expect((await read()).profile?.payload.medications.map((m) => m.name)).toEqual(['lorazepam']);
  });
});

describe('series kept on the read handle', () => {
  let t: TestCore;
  afterEach(async () => {
    await t.close({ remove: true });
  });

  it('follows sessions opened and cancelled after it was first read, as each chart shows', async () => {
    t = await startTestCore();
    const patient = await t.ok(contract.patients.register, {
      familyName: 'Okafor', givenName: 'Ngozi', dateOfBirth: '1979-07-14', weight: { value: 80, unit: 'kg' },
    });
    const open = async (plannedStart: string) => (await t.ok(contract.sessions.open, { patientId: patient.id, chair: 1, plannedStart })).id;
    const label = async (sessionId: string) => (await t.ok(contract.sessions.chart, { sessionId })).series.label;
    const second = await open('2026-12-08T14:00:00.000Z');
    const first = await open('2026-12-01T14:00:00.000Z');
    expect(await label(second)).toBe('infusion 2 of 6');
    await t.ok(contract.charting.cancel, { sessionId: first, reason: 'Patient unwell with a fever' });
    expect(await label(second)).toBe('infusion 1 of 6');
    await open('2026-11-28T14:00:00.000Z');
    expect(await label(second)).toBe('infusion 2 of 6');
    // The same as the file says when asked afresh (a write transaction's handle keeps nothing).
    const fresh = await t.core.store.write(async (db) => (await loadSessionRecord(db, second))!.series);
    const kept = (await loadSessionRecord(t.core.store.read, second))!.series;
    const byId = (items: readonly { id: string }[]) => [...items].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(kept)).toEqual(byId(fresh));
  });

  it('stays equal to a fresh read when reads, an opening and a cancellation run at once', async () => {
    t = await startTestCore();
    const patients = await Promise.all(
      ['Adeyemi', 'Brennan', 'Castillo'].map((familyName) =>
        t.ok(contract.patients.register, { familyName, givenName: 'Sam', dateOfBirth: '1980-01-01', weight: { value: 70, unit: 'kg' } }),
      ),
    );
    const open = async (patientId: string, day: number) =>
      (await t.ok(contract.sessions.open, { patientId, chair: 1, plannedStart: `2026-12-${String(day).padStart(2, '0')}T14:00:00.000Z` })).id;
    const first = await Promise.all(patients.map((p) => open(p.id, 1)));
    await Promise.all([
      ...first.map((sessionId) => t.ok(contract.sessions.chart, { sessionId })),
      ...patients.map((p) => open(p.id, 8)),
      t.ok(contract.charting.cancel, { sessionId: first[1], reason: 'Patient unwell with a fever' }),
      ...first.map((sessionId) => t.ok(contract.sessions.chart, { sessionId })),
    ]);
    for (const sessionId of first) {
      const kept = (await loadSessionRecord(t.core.store.read, sessionId))!.series;
      const fresh = await t.core.store.write(async (db) => (await loadSessionRecord(db, sessionId))!.series);
      const byId = (items: readonly { id: string }[]) => [...items].sort((a, b) => a.id.localeCompare(b.id));
      expect(byId(kept)).toEqual(byId(fresh));
      expect(kept).toHaveLength(2);
    }
  });
});
