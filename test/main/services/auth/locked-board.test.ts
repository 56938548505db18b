// While locked, the room board stays readable with initials only: auth:locked-board answers without names or ids,
// and the full board (with names) is refused until someone signs in.
import { afterEach, describe, expect, it } from 'vitest';
import { contract } from '../../../../src/shared/contract';
import { startTestCore, type TestCore } from '../../../support/core';

describe('locked board', () => {
  let t: TestCore;
  afterEach(async () => {
    await t.close({ remove: true });
  });

  it('shows the chair, initials and phase without the name, while board:get is refused', async () => {
    t = await startTestCore();
    const patient = await t.ok(contract.patients.register, {
      familyName: 'Okafor',
      givenName: 'Grace',
      dateOfBirth: '1980-05-17',
      weight: { value: 64, unit: 'kg' },
    });
    await t.ok(contract.sessions.open, { patientId: patient.id, chair: 2, plannedStart: '2026-11-25T14:30:00.000Z' });
    await t.ok(contract.auth.lock, {});
    expect(await t.call(contract.board.get, {})).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    const board = await t.ok(contract.auth.lockedBoard, {});
    const chair = board.chairs.find((c) => c.chair === 2)!;
    expect(chair.session).toMatchObject({ initials: 'GO', phase: 'scheduled' });
    const shown = JSON.stringify(board);
    for (const hidden of ['Okafor', 'Grace', patient.id]) expect(shown).not.toContain(hidden);
  });

  it('does not count as activity, so polling it never holds off the idle lock', async () => {
    t = await startTestCore({ keepSignedIn: false });
    for (let minute = 0; minute < 10; minute += 1) {
      t.clock.advanceMinutes(1);
      await t.ok(contract.auth.lockedBoard, {});
      await t.ok(contract.clock.now, {});
    }
    expect(await t.ok(contract.auth.status, {})).toMatchObject({ locked: true });
  });
});
