// A full disk (max_page_count on the live connection): the nurse hears "disk full", nothing is half written,
// earlier data stays, and the next save works once space is back.
import { afterEach, describe, expect, it } from 'vitest';
import { contract } from '../../src/shared/contract';
import { startTestCore, type TestCore } from '../support/core';
import { chartableSession, vitalsFor } from './fixtures';

let tc: TestCore | undefined;
afterEach(async () => {
  await tc?.close({ remove: true });
  tc = undefined;
});

const NO_LIMIT = 1_073_741_823;

describe('disk full', () => {
  it('refuses with storage_full and a clear message, keeps every earlier entry whole, and saves again when space is back', async () => {
    tc = await startTestCore();
    const { sessionId } = await chartableSession(tc);
    const sqlite = tc.core.store.sqlite;
    const saved: string[] = [];
    for (let n = 0; n < 3; n += 1) saved.push((await tc.ok(contract.vitals.record, vitalsFor(sessionId, n))).id);

    sqlite.pragma(`max_page_count = ${Number(sqlite.pragma('page_count', { simple: true }))}`);
    let refusal;
    for (let n = 3; n < 2000 && !refusal; n += 1) {
      const answer = await tc.call(contract.vitals.record, vitalsFor(sessionId, n));
      if (answer.ok) saved.push(answer.value.id);
      else refusal = answer.error;
    }
    expect(refusal?.code).toBe('storage_full');
    expect(refusal?.message).toMatch(/disk is full/i);
    expect(refusal?.message).toMatch(/NOT saved/);

    // A write of several rows (patient + weight entry + audit) either lands whole or not at all.
    const registration = await tc.call(contract.patients.register, {
      familyName: 'Full',
      givenName: 'Disk',
      dateOfBirth: '1970-01-01',
      weight: { value: 80, unit: 'kg' },
    });
    expect(registration.ok || registration.error.code).toBe('storage_full');
    const orphans = sqlite
      .prepare(`SELECT count(*) FROM patients p WHERE NOT EXISTS (SELECT 1 FROM entries e WHERE e.patient_id = p.id AND e.kind = 'weight')`)
      .pluck()
      .get();
    expect(orphans).toBe(0);
    expect(sqlite.prepare(`SELECT count(*) FROM patients WHERE family_name = 'Full'`).pluck().get()).toBe(0);

    const listed = await tc.ok(contract.vitals.listForSession, { sessionId });
    expect(listed.map((v) => v.id).sort()).toEqual([...saved].sort());
    expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');

    sqlite.pragma(`max_page_count = ${NO_LIMIT}`);
    const after = await tc.ok(contract.vitals.record, vitalsFor(sessionId, 9999));
    const reopened = await tc.restart();
    tc = reopened;
    const final = await reopened.ok(contract.vitals.listForSession, { sessionId });
    expect(final.map((v) => v.id).sort()).toEqual([...saved, after.id].sort());
  });
});
