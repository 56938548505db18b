// Sign-in through the contract: the first start asks for an administrator; who charts comes from the main side's
// signed-in state; a locked or signed-out workstation refuses every clinical call; failures slow down, then lock.
import { afterEach, describe, expect, it } from 'vitest';
import { contract } from '../../../../src/shared/contract';
import { allChannels } from '../../../../src/shared/contract';
import { ManualClock } from '../../../../src/shared/clock';
import { createCore, type Core } from '../../../../src/main/core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TEST_SCRYPT } from '../../../support/users';
import { startTestCore, type TestCore } from '../../../support/core';
import { idsAsText, idToBytes } from '../../../../src/main/data/uuid-bytes';

const ana = { familyName: 'Rivera', givenName: 'Ana', dateOfBirth: '1984-02-29', weight: { value: 70, unit: 'kg' as const } };
const vitals = { systolic: 128, diastolic: 82, heartRate: 74, spo2: 98, respiratoryRate: 14 };

function auditActions(t: TestCore): { action: string; user_id: string; detail: string | null }[] {
  return t.core.store.sqlite.prepare('SELECT action, user_id, detail FROM audit_log WHERE record_digest IS NULL ORDER BY seq').all().map(idsAsText) as never;
}

describe('first start', () => {
  let core: Core;
  let dir: string;
  afterEach(async () => {
    await core.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const call = (channel: { name: string }, payload: unknown) => core.dispatch(channel.name, payload, { senderTrusted: true });

  it('asks for an administrator, refuses clinical calls until then, and signs the new administrator in', async () => {
    dir = mkdtempSync(join(tmpdir(), 'chairside-auth-'));
    core = await createCore({ dataDir: dir, clock: new ManualClock('2026-11-25T14:00:00Z'), secretHashing: TEST_SCRYPT });
    expect(await call(contract.auth.status, {})).toMatchObject({ ok: true, value: { setupNeeded: true, user: null, locked: false } });
    expect(await call(contract.patients.list, {})).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    const made = await call(contract.auth.setupAdministrator, { displayName: 'Avery Admin', secret: 'long-password' });
    expect(made).toMatchObject({ ok: true, value: { setupNeeded: false, user: { displayName: 'Avery Admin', initials: 'AA', role: 'administrator' } } });
    expect(await call(contract.auth.setupAdministrator, { displayName: 'Second Admin', secret: 'long-password' })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
  });

  it('starts signed out after a restart of the app', async () => {
    dir = mkdtempSync(join(tmpdir(), 'chairside-auth-'));
    const clock = new ManualClock('2026-11-25T14:00:00Z');
    core = await createCore({ dataDir: dir, clock, secretHashing: TEST_SCRYPT });
    expect(await call(contract.auth.setupAdministrator, { displayName: 'Avery Admin', secret: 'long-password' })).toMatchObject({ ok: true });
    await core.close();
    core = await createCore({ dataDir: dir, clock, secretHashing: TEST_SCRYPT });
    expect(await call(contract.auth.status, {})).toMatchObject({ ok: true, value: { setupNeeded: false, user: null, locked: false } });
  });

  it('refuses an administrator secret shorter than 8 characters', async () => {
    dir = mkdtempSync(join(tmpdir(), 'chairside-auth-'));
    core = await createCore({ dataDir: dir, clock: new ManualClock('2026-11-25T14:00:00Z'), secretHashing: TEST_SCRYPT });
    expect(await call(contract.auth.setupAdministrator, { displayName: 'Avery Admin', secret: '1234' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'secret' },
    });
  });
});

describe('signed-in state', () => {
  let t: TestCore;
  afterEach(async () => {
    await t.close({ remove: true });
  });

  it('writes every record with the signed-in user as author, and the next user after a switch', async () => {
    t = await startTestCore();
    const patient = await t.ok(contract.patients.register, ana);
    const session = await t.ok(contract.sessions.open, { patientId: patient.id, chair: 1, plannedStart: '2026-11-25T14:00:00.000Z' });
    const first = await t.ok(contract.vitals.record, { sessionId: session.id, ...vitals });
    expect(first.authorUserId).toBe(t.users.nurse.userId);
    await t.signIn('physician');
    const second = await t.ok(contract.vitals.record, { sessionId: session.id, ...vitals });
    expect(second.authorUserId).toBe(t.users.physician.userId);
    const authors = t.core.store.sqlite.prepare('SELECT DISTINCT author_user_id AS author_user_id FROM entries ORDER BY created_at').all().map(idsAsText);
    expect(authors).toEqual([{ author_user_id: t.users.nurse.userId }, { author_user_id: t.users.physician.userId }]);
  });

  it('ignores a payload claiming another user: the extra key is refused and nothing is written in their name', async () => {
    t = await startTestCore();
    const patient = await t.ok(contract.patients.register, ana);
    const session = await t.ok(contract.sessions.open, { patientId: patient.id, chair: 1, plannedStart: '2026-11-25T14:00:00.000Z' });
    for (const claim of [{ authorUserId: t.users.physician.userId }, { author_user_id: t.users.physician.userId }, { actor: { userId: t.users.physician.userId } }]) {
      const answer = await t.core.dispatch(contract.vitals.record.name, { sessionId: session.id, ...vitals, ...claim }, { senderTrusted: true });
      expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    const byPhysician = t.core.store.sqlite.prepare('SELECT count(*) AS n FROM entries WHERE author_user_id = ?').get(idToBytes(t.users.physician.userId));
    expect(byPhysician).toEqual({ n: 0 });
  });

  it('refuses every channel that is not marked open once signed out, and writes nothing', async () => {
    t = await startTestCore();
    await t.signOut();
    const guarded = allChannels.filter((c) => c.guard.access !== 'open');
    expect(guarded.length).toBeGreaterThan(10);
    const entriesBefore = t.core.store.sqlite.prepare('SELECT count(*) AS n FROM entries').get();
    for (const channel of guarded) {
      // A well-formed payload is not needed to prove the point for most channels; the ones with {} inputs parse.
      const answer = await t.core.dispatch(channel.name, {}, { senderTrusted: true });
      expect(answer.ok, channel.name).toBe(false);
      if (channel.request.safeParse({}).success) expect(!answer.ok && answer.error.code, channel.name).toBe('unauthenticated');
    }
    expect(await t.call(contract.patients.register, ana)).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    expect(t.core.store.sqlite.prepare('SELECT count(*) AS n FROM entries').get()).toEqual(entriesBefore);
  });

  it('locks on request: clinical calls are refused until the nurse unlocks with her PIN', async () => {
    t = await startTestCore();
    expect(await t.ok(contract.auth.lock, {})).toMatchObject({ locked: true, user: null, lockedUser: { id: t.users.nurse.userId, initials: 'NN' } });
    expect(await t.call(contract.patients.list, {})).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    expect(await t.call(contract.auth.signIn, { userId: t.users.nurse.userId, secret: '0000' })).toMatchObject({
      ok: false,
      error: { code: 'unauthenticated', field: 'secret', message: 'Wrong PIN or password.' },
    });
    expect(await t.ok(contract.auth.signIn, { userId: t.users.nurse.userId, secret: t.users.nurse.secret })).toMatchObject({
      locked: false,
      user: { id: t.users.nurse.userId },
    });
    expect(await t.ok(contract.patients.list, {})).toEqual([]);
    expect(auditActions(t).slice(-3).map((r) => r.action)).toEqual(['lock', 'sign_in_failed', 'unlock']);
  });

  it('switches user from the lock screen and records the switch', async () => {
    t = await startTestCore();
    await t.ok(contract.auth.lock, {});
    await t.ok(contract.auth.signIn, { userId: t.users.physician.userId, secret: t.users.physician.secret });
    const last = auditActions(t).at(-1)!;
    expect(last).toEqual({ action: 'switch_user', user_id: t.users.physician.userId, detail: JSON.stringify({ from: t.users.nurse.userId }) });
  });

  it('lists users for the lock screen with names and initials only', async () => {
    t = await startTestCore();
    await t.ok(contract.auth.lock, {});
    const users = await t.ok(contract.auth.listUsers, {});
    expect(users.map((u) => Object.keys(u).sort())).toEqual(users.map(() => ['displayName', 'id', 'initials']));
    expect(users.map((u) => u.displayName)).toEqual(['Avery Admin', 'Nia Second', 'Nora Nurse', 'Paul Physician']);
  });

  it('lets only an administrator create a user, and refuses a second user of the same name', async () => {
    t = await startTestCore();
    const newcomer = { displayName: 'Noel New', secret: '97531', role: 'nurse' as const };
    expect(await t.call(contract.auth.createUser, newcomer)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await t.call(contract.audit.verify, {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await t.signIn('admin');
    expect(await t.ok(contract.auth.createUser, newcomer)).toMatchObject({ displayName: 'Noel New', initials: 'NN', role: 'nurse' });
    expect(await t.call(contract.auth.createUser, { ...newcomer, displayName: 'noel new' })).toMatchObject({
      ok: false,
      error: { code: 'conflict', field: 'displayName' },
    });
  });

  it('stores a salted scrypt hash, never the PIN', async () => {
    t = await startTestCore();
    const rows = t.core.store.sqlite.prepare('SELECT * FROM user_credentials').all() as { hash: string; salt: string; kind: string }[];
    const all = JSON.stringify(rows);
    for (const user of Object.values(t.users)) expect(all).not.toContain(user.secret);
    expect(new Set(rows.map((r) => r.salt)).size).toBe(rows.length);
    expect(rows.map((r) => r.kind).sort()).toEqual(['password', 'pin', 'pin', 'pin']);
  });
});

describe('failed sign-ins', () => {
  let t: TestCore;
  afterEach(async () => {
    await t.close({ remove: true });
  });
  const tryPin = (secret: string) => t.call(contract.auth.signIn, { userId: t.users.nurse.userId, secret });

  it('slow down after 3 failures and lock the account for 15 minutes after 5 (defaults), across a restart', async () => {
    t = await startTestCore({ signedIn: null });
    for (let i = 0; i < 3; i += 1) expect(await tryPin('1111')).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    // The 4th try right away is refused without looking at the PIN, even the right one.
    expect(await tryPin(t.users.nurse.secret)).toMatchObject({
      ok: false,
      error: { code: 'forbidden', message: 'Too many wrong attempts: wait 5 seconds, then try again.' },
    });
    t.clock.set('2026-11-25T14:00:05.000Z');
    expect(await tryPin('1111')).toMatchObject({ ok: false, error: { code: 'unauthenticated' } }); // 4th failure
    t.clock.set('2026-11-25T14:00:14.000Z');
    expect(await tryPin('1111')).toMatchObject({ ok: false, error: { code: 'forbidden' } }); // waits 10 s now
    t.clock.set('2026-11-25T14:00:15.000Z');
    const fifth = await tryPin('1111');
    expect(fifth).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    expect(!fifth.ok && fifth.error.message).toMatch(/account is locked until/);

    t = await t.restart();
    t.clock.set('2026-11-25T14:15:14.000Z');
    expect(await tryPin(t.users.nurse.secret)).toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.stringMatching(/Nora Nurse's account is locked until/) } });
    t.clock.set('2026-11-25T14:15:15.000Z');
    expect(await tryPin(t.users.nurse.secret)).toMatchObject({ ok: true, value: { user: { id: t.users.nurse.userId } } });
    const failures = auditActions(t).filter((r) => r.action === 'sign_in_failed');
    expect(failures).toHaveLength(8);
    expect(failures.every((r) => r.user_id === t.users.nurse.userId)).toBe(true);
  });

  it('follow the clinic settings, and the change itself is audited', async () => {
    t = await startTestCore({ signedIn: 'admin' });
    await t.ok(contract.auth.updateSettings, { changes: { lockoutAfterFailures: 2, lockoutMinutes: 60 } });
    expect(await t.call(contract.auth.updateSettings, { changes: { idleLockMinutes: 0 } })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'changes.idleLockMinutes' },
    });
    const changes = auditActions(t).filter((r) => r.action === 'setting_change').map((r) => JSON.parse(r.detail!));
    expect(changes).toEqual([
      { key: 'lockoutAfterFailures', from: 5, to: 2 },
      { key: 'lockoutMinutes', from: 15, to: 60 },
    ]);
    await t.signOut();
    await tryPin('1111');
    const second = await tryPin('1111');
    expect(!second.ok && second.error.message).toMatch(/the account is locked until/);
    t.clock.advanceMinutes(59);
    expect(await tryPin(t.users.nurse.secret)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('are counted one at a time: parallel guesses cannot all pass before the first failure is written', async () => {
    t = await startTestCore({ signedIn: null });
    const answers = await Promise.all(['1', '2', '3', '4', '5', '6', '7', '8'].map((d) => tryPin(d.repeat(4))));
    const checked = answers.filter((a) => !a.ok && a.error.code === 'unauthenticated');
    expect(checked).toHaveLength(3);
  });
});

describe('idle lock', () => {
  let t: TestCore;
  afterEach(async () => {
    await t.close({ remove: true });
  });

  it('locks after 10 idle minutes (default) by the harness clock; a call before then counts as activity', async () => {
    t = await startTestCore({ keepSignedIn: false });
    t.clock.advanceMinutes(9);
    await t.ok(contract.patients.list, {}); // activity at 14:09
    t.clock.advanceMinutes(9);
    expect(await t.ok(contract.auth.status, {})).toMatchObject({ locked: false, idleLockMinutes: 10 }); // status polls are not activity
    t.clock.advanceMinutes(1);
    expect(await t.ok(contract.auth.status, {})).toMatchObject({ locked: true, user: null, lockedUser: { id: t.users.nurse.userId } });
    expect(await t.call(contract.patients.list, {})).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    const lock = idsAsText(t.core.store.sqlite.prepare("SELECT at, user_id, detail FROM audit_log WHERE action = 'lock'").get());
    expect(lock).toEqual({ at: '2026-11-25T14:19:00.000Z', user_id: t.users.nurse.userId, detail: '{"reason":"idle"}' });
  });

  it('follows the idle-lock setting', async () => {
    t = await startTestCore({ signedIn: 'admin', keepSignedIn: false });
    await t.ok(contract.auth.updateSettings, { changes: { idleLockMinutes: 2 } });
    await t.signIn('nurse');
    t.clock.advanceMinutes(2);
    expect(await t.call(contract.patients.list, {})).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
  });

  it('is postponed by the renderer reporting keyboard use', async () => {
    t = await startTestCore({ keepSignedIn: false });
    t.clock.advanceMinutes(8);
    await t.ok(contract.auth.noteActivity, {});
    t.clock.advanceMinutes(8);
    expect(await t.ok(contract.patients.list, {})).toEqual([]);
  });
});

describe('changing one’s own PIN', () => {
  let t: TestCore;
  afterEach(async () => {
    await t.close({ remove: true });
  });

  it('needs the current PIN, replaces the hash, and is audited; the old PIN no longer signs in', async () => {
    t = await startTestCore();
    expect(await t.call(contract.auth.changeSecret, { currentSecret: '9999', newSecret: '13579' })).toMatchObject({
      ok: false,
      error: { code: 'unauthenticated' },
    });
    await t.ok(contract.auth.changeSecret, { currentSecret: t.users.nurse.secret, newSecret: '13579' });
    expect(auditActions(t).at(-1)).toMatchObject({ action: 'credential_change', user_id: t.users.nurse.userId });
    await t.ok(contract.auth.lock, {});
    expect(await t.call(contract.auth.signIn, { userId: t.users.nurse.userId, secret: t.users.nurse.secret })).toMatchObject({ ok: false });
    expect(await t.call(contract.auth.signIn, { userId: t.users.nurse.userId, secret: '13579' })).toMatchObject({ ok: true });
  });
});
