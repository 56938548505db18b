// The room board, the patient profile channels, cancelling, and a wall clock set back mid-infusion.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contract } from '../../../../src/shared/contract';
import { startTestCore, type TestCore } from '../../../support/core';
import { patientWithSession, plainProfile, readyToScreen } from './fixtures';

let t: TestCore;
beforeEach(async () => {
  t = await startTestCore();
});
afterEach(async () => {
  await t.close({ remove: true });
});

describe('room board', () => {
  it('shows every chair from settings, two chairs at once each with its own timers, and free chairs empty', async () => {
    const a = await patientWithSession(t, { chair: 1 });
    await readyToScreen(t, a.sessionId);
    await t.ok(contract.charting.screen, { sessionId: a.sessionId });
    await t.ok(contract.charting.startInfusion, { sessionId: a.sessionId });
    t.clock.advanceMinutes(10);
    const b = await patientWithSession(t, { chair: 3 });
    await readyToScreen(t, b.sessionId);
    await t.ok(contract.charting.screen, { sessionId: b.sessionId });
    await t.ok(contract.charting.startInfusion, { sessionId: b.sessionId });
    t.clock.advanceMinutes(5);
    const board = await t.ok(contract.board.get, {});
    expect(board.chairs.map((c) => c.chair)).toEqual([1, 2, 3, 4]);
    expect(board.chairs[0].session).toMatchObject({ sessionId: a.sessionId, phase: 'infusing', elapsedInfusionMs: 15 * 60_000, initials: 'JD', nextVitalsDueAt: '2026-11-25T14:15:00.000Z', vitalsOverdue: false });
    expect(board.chairs[2].session).toMatchObject({ sessionId: b.sessionId, elapsedInfusionMs: 5 * 60_000 });
    expect(board.chairs[1].session).toBeNull();
  });

  it('names each chair from the clinic settings, and on the locked board too', async () => {
    await t.ok(contract.printSettings.update, { changes: { chairNames: 'Window, Door, , Quiet corner' } });
    const board = await t.ok(contract.board.get, {});
    expect(board.chairs.map((c) => [c.chair, c.name])).toEqual([[1, 'Window'], [2, 'Door'], [3, null], [4, 'Quiet corner']]);
    const locked = await t.ok(contract.auth.lockedBoard, {});
    expect(locked.chairs.map((c) => c.name)).toEqual(['Window', 'Door', null, 'Quiet corner']);
  });

  it('a signed or cancelled session leaves the chair free; a second session planned for the chair waits', async () => {
    const a = await patientWithSession(t, { chair: 2 });
    await patientWithSession(t, { chair: 2, plannedStart: '2026-11-25T16:00:00.000Z' });
    let board = await t.ok(contract.board.get, {});
    expect(board.chairs[1]).toMatchObject({ session: { sessionId: a.sessionId }, waiting: 1 });
    await t.ok(contract.charting.cancel, { sessionId: a.sessionId, reason: 'patient unwell today' });
    board = await t.ok(contract.board.get, {});
    expect(board.chairs[1]).toMatchObject({ waiting: 0 });
    expect(board.chairs[1].session?.sessionId).not.toBe(a.sessionId);
    const signed = await t.ok(contract.charting.sign, { sessionId: a.sessionId });
    expect(signed.chart).toMatchObject({ phase: 'signed', cancellation: { reason: 'patient unwell today' } });
  });
});

describe('patient profile', () => {
  it('is null until recorded, then the latest version, with each medication classed from the drug list', async () => {
    const patient = await t.ok(contract.patients.register, { familyName: 'Roe', givenName: 'Ana', dateOfBirth: '1975-03-09', weight: { value: 60, unit: 'kg' } });
    expect(await t.ok(contract.patients.getProfile, { patientId: patient.id })).toBeNull();
    await t.ok(contract.patients.recordProfile, { patientId: patient.id, ...plainProfile });
    await t.ok(contract.patients.recordProfile, { patientId: patient.id, ...plainProfile, preferredLanguage: 'es', medications: [{ name: 'XANAX', dailyDoseMg: 1 }, { name: 'Zyprexa' }, { name: 'sertraline' }] });
    const profile = await t.ok(contract.patients.getProfile, { patientId: patient.id });
    expect(profile?.preferredLanguage).toBe('es');
    expect(profile?.medications.map((m) => [m.drugClass, m.matchedGeneric])).toEqual([
      ['benzodiazepine', 'alprazolam'],
      ['relative_contraindication', 'olanzapine'],
      ['other', null],
    ]);
  });

  it('may be given at registration, in the same write', async () => {
    const patient = await t.ok(contract.patients.register, { familyName: 'Roe', givenName: 'Ana', dateOfBirth: '1975-03-09', weight: { value: 60, unit: 'kg' }, profile: { ...plainProfile, sex: 'male' } });
    expect(await t.ok(contract.patients.getProfile, { patientId: patient.id })).toMatchObject({ sex: 'male', heightCm: 165 });
    const refused = await t.call(contract.patients.register, { familyName: 'Roe', givenName: 'Bo', dateOfBirth: '1975-03-09', weight: { value: 60, unit: 'kg' }, profile: { ...plainProfile, history: [{ condition: 'heart_attack', date: '2026-12-01' }] } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'profile.history.0.date' } });
    expect((await t.ok(contract.patients.list, {})).map((p) => p.givenName)).toEqual(['Ana']);
  });

  it('refuses a history date in the future', async () => {
    const patient = await t.ok(contract.patients.register, { familyName: 'Roe', givenName: 'Ana', dateOfBirth: '1975-03-09', weight: { value: 60, unit: 'kg' } });
    const answer = await t.call(contract.patients.recordProfile, { patientId: patient.id, ...plainProfile, history: [{ condition: 'stroke', date: '2027-01-01' }] });
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'history.0.date' } });
  });
});

describe('a wall clock set back an hour mid-infusion', () => {
  it('never makes the elapsed time go backwards or negative, and a pause charted after the setback is not before the start', async () => {
    const { sessionId } = await patientWithSession(t);
    await readyToScreen(t, sessionId);
    await t.ok(contract.charting.screen, { sessionId });
    await t.ok(contract.charting.startInfusion, { sessionId });
    t.clock.advanceMinutes(20);
    const before = await t.ok(contract.sessions.chart, { sessionId });
    t.clock.advanceMinutes(-60);
    const after = await t.ok(contract.sessions.chart, { sessionId });
    expect(before.infusion.elapsedMs).toBe(20 * 60_000);
    expect(after.infusion.elapsedMs).toBe(20 * 60_000); // held, not 0 or negative, until the clock catches up
    const board = await t.ok(contract.board.get, {});
    expect(board.chairs[0].session?.elapsedInfusionMs).toBe(20 * 60_000);
    const paused = await t.ok(contract.charting.pauseInfusion, { sessionId, reason: 'checking the line' });
    expect(paused.chart.infusion.elapsedMs).toBe(20 * 60_000);
    expect(paused.chart.infusion.pauses[0].from >= paused.chart.infusion.startedAt!).toBe(true);
  });
});
