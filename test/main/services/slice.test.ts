// The foundation slice through the contract on a real database: register, open a session, chart vitals, restart.
import { afterEach, describe, expect, it } from 'vitest';
import { contract } from '../../../src/shared/contract';
import { startTestCore, type TestCore } from '../../support/core';

const ana = { familyName: 'Rivera', givenName: 'Ana', dateOfBirth: '1984-02-29', mrn: 'MRN-1001', weight: { value: 150, unit: 'lb' as const } };
const vitals = { systolic: 128, diastolic: 82, heartRate: 74, spo2: 98, respiratoryRate: 14 };

describe('register a patient, open a session, chart vitals', () => {
  let t: TestCore;
  afterEach(async () => {
    await t?.close({ remove: true });
  });

  it('keeps the patient, the session in its chair and the vitals across a restart', async () => {
    t = await startTestCore();
    const patient = await t.ok(contract.patients.register, ana);
    const session = await t.ok(contract.sessions.open, { patientId: patient.id, chair: 3, plannedStart: '2026-11-25T14:00:00.000Z' });
    await t.ok(contract.vitals.record, { sessionId: session.id, ...vitals });

    t = await t.restart();
    const [found] = await t.ok(contract.patients.list, { search: 'rive' });
    expect(found).toMatchObject({ familyName: 'Rivera', givenName: 'Ana', mrn: 'MRN-1001' });
    expect(await t.ok(contract.sessions.listForPatient, { patientId: patient.id })).toEqual([
      expect.objectContaining({ id: session.id, chair: 3, route: 'iv' }),
    ]);
    expect(await t.ok(contract.vitals.listForSession, { sessionId: session.id })).toEqual([expect.objectContaining(vitals)]);
  });

  it('converts a weight typed in pounds to kg and keeps what was typed', async () => {
    t = await startTestCore();
    const patient = await t.ok(contract.patients.register, ana);
    expect(patient.weight).toEqual({ kg: 68, entered: { value: 150, unit: 'lb' }, recordedAt: '2026-11-25T14:00:00.000Z' });
  });

  it.each([
    [{ dateOfBirth: '2027-01-01' }, 'dateOfBirth', 'Date of birth is in the future.'],
    [{ dateOfBirth: '1890-01-01' }, 'dateOfBirth', 'Date of birth gives an age over 120 years. Check the year.'],
    [{ weight: { value: 700, unit: 'kg' } }, 'weight.value', '700 kg is not a plausible adult weight (25–350 kg). Check the unit.'],
    [{ weight: { value: 20, unit: 'lb' } }, 'weight.value', '20 lb (9.1 kg) is not a plausible adult weight (25–350 kg). Check the unit.'],
  ])('refuses an implausible registration %o at %s', async (change, field, message) => {
    t = await startTestCore();
    const answer = await t.call(contract.patients.register, { ...ana, ...change } as typeof ana);
    expect(answer).toEqual({ ok: false, error: { code: 'invalid_input', field, message } });
    expect(await t.ok(contract.patients.list, {})).toEqual([]);
  });

  it('refuses a second patient with the same MRN', async () => {
    t = await startTestCore();
    await t.ok(contract.patients.register, ana);
    const answer = await t.call(contract.patients.register, { ...ana, givenName: 'Other' });
    expect(answer).toEqual({ ok: false, error: { code: 'conflict', field: 'mrn', message: 'MRN MRN-1001 already belongs to another patient.' } });
  });

  it('refuses vitals with diastolic at or above systolic and says which field', async () => {
    t = await startTestCore();
    const patient = await t.ok(contract.patients.register, ana);
    const session = await t.ok(contract.sessions.open, { patientId: patient.id, chair: 1, plannedStart: '2026-11-25T14:00:00.000Z' });
    const answer = await t.call(contract.vitals.record, { sessionId: session.id, ...vitals, systolic: 80, diastolic: 80 });
    expect(answer).toEqual({
      ok: false,
      error: { code: 'invalid_input', field: 'diastolic', message: 'Diastolic (80) must be below systolic (80). Were they swapped?' },
    });
    expect(await t.ok(contract.vitals.listForSession, { sessionId: session.id })).toEqual([]);
  });

  it('keeps a late entry at its clinical time, apart from when it was written', async () => {
    t = await startTestCore();
    const patient = await t.ok(contract.patients.register, ana);
    const session = await t.ok(contract.sessions.open, { patientId: patient.id, chair: 1, plannedStart: '2026-11-25T14:00:00.000Z' });
    t.clock.advanceMinutes(20);
    const late = await t.ok(contract.vitals.record, { sessionId: session.id, ...vitals, recordedAt: '2026-11-25T14:05:00.000Z' });
    expect(late.recordedAt).toBe('2026-11-25T14:05:00.000Z');
    expect(late.createdAt).toBe('2026-11-25T14:20:00.000Z');
  });

  it('answers not_found for vitals against a session that does not exist', async () => {
    t = await startTestCore();
    const answer = await t.call(contract.vitals.record, { sessionId: '019a0000-0000-7000-8000-000000000009', ...vitals });
    expect(!answer.ok && answer.error.code).toBe('not_found');
  });
});
