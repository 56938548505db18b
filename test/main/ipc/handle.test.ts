// The dispatcher: unknown channel, untrusted sender, bad payload, domain refusal, storage faults and crashes all
// come back as typed envelopes, and none of them writes anything.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { allChannels, contract } from '../../../src/shared/contract';
import { startTestCore, type TestCore } from '../../support/core';

async function rowCounts(t: TestCore) {
  const count = (table: 'patients' | 'sessions' | 'entries') =>
    t.core.store.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number };
  return { patients: count('patients').n, sessions: count('sessions').n, entries: count('entries').n };
}

describe('dispatch', () => {
  let t: TestCore;
  beforeEach(async () => {
    t = await startTestCore();
  });
  afterEach(async () => {
    await t.close({ remove: true });
  });

  it('refuses an unknown channel with unknown_channel', async () => {
    const answer = await t.core.dispatch('patients:drop-all', {}, { senderTrusted: true });
    expect(answer).toEqual({ ok: false, error: { code: 'unknown_channel', message: 'There is no channel named "patients:drop-all".' } });
  });

  it('refuses a caller the transport did not vouch for, before reading its payload', async () => {
    const before = await rowCounts(t);
    const answer = await t.core.dispatch(
      contract.patients.register.name,
      { familyName: 'Rivera', givenName: 'Ana', dateOfBirth: '1984-02-29', weight: { value: 70, unit: 'kg' } },
      { senderTrusted: false },
    );
    expect(answer.ok).toBe(false);
    expect(!answer.ok && answer.error.code).toBe('untrusted_sender');
    expect(await rowCounts(t)).toEqual(before);
  });

  it.each(allChannels.map((c) => [c.name]))('%s refuses a wrong payload with invalid_input and writes nothing', async (name) => {
    const before = await rowCounts(t);
    for (const payload of [null, 42, 'text', [], { __proto__: { admin: true }, unexpected: 1 }]) {
      const answer = await t.core.dispatch(name, payload, { senderTrusted: true });
      expect(answer.ok).toBe(false);
      expect(!answer.ok && answer.error.code).toBe('invalid_input');
    }
    expect(await rowCounts(t)).toEqual(before);
  });

  it('names the field and says it in plain words when a required value is missing', async () => {
    const answer = await t.call(contract.patients.register, {
      familyName: 'Rivera',
      dateOfBirth: '1984-02-29',
      weight: { value: 70, unit: 'kg' },
    } as never);
    expect(answer).toEqual({ ok: false, error: { code: 'invalid_input', message: 'Given name is required.', field: 'givenName' } });
  });

  it('refuses a payload with an extra key such as authorUserId rather than trusting it', async () => {
    const answer = await t.core.dispatch(
      contract.patients.list.name,
      { authorUserId: 'someone-else' },
      { senderTrusted: true },
    );
    expect(!answer.ok && answer.error).toMatchObject({ code: 'invalid_input', message: 'Unexpected field(s): authorUserId.' });
  });

  it('answers disk full as storage_full with nothing half written, and the next write succeeds once space is back', async () => {
    const patient = await t.ok(contract.patients.register, { familyName: 'Rivera', givenName: 'Ana', dateOfBirth: '1984-02-29', weight: { value: 70, unit: 'kg' } });
    const before = await rowCounts(t);
    const pages = (t.core.store.sqlite.pragma('page_count', { simple: true }) as number);
    t.core.store.sqlite.pragma(`max_page_count = ${pages}`);
    let answer;
    for (let i = 0; i < 200; i += 1) {
      answer = await t.call(contract.patients.register, { familyName: `Filler${'x'.repeat(90)}`, givenName: `N${i}`, dateOfBirth: '1990-01-01', weight: { value: 70, unit: 'kg' } });
      if (!answer.ok) break;
    }
    expect(answer && !answer.ok && answer.error.code).toBe('storage_full');
    const after = await rowCounts(t);
    expect(after.entries - before.entries).toBe(after.patients - before.patients); // each patient with its weight, or neither
    t.core.store.sqlite.pragma('max_page_count = 1073741823');
    const vitals = await t.call(contract.sessions.open, { patientId: patient.id, chair: 1, plannedStart: '2026-11-25T14:00:00.000Z' });
    expect(vitals.ok).toBe(true);
  });
});
