// Intranasal esketamine through the contract: devices 5 minutes apart, no more than planned, and 2 h monitoring.
import { afterEach, describe, expect, it } from 'vitest';
import { contract } from '../../../../src/shared/contract';
import { startTestCore, type TestCore } from '../../../support/core';
import { calmVitals, patientWithSession } from './fixtures';

let t: TestCore;
afterEach(async () => {
  await t?.close({ remove: true });
});

async function intranasalSessionStarted() {
  const { sessionId } = await patientWithSession(t, { route: 'intranasal' });
  await t.ok(contract.charting.checkIn, {
    sessionId,
    weight: { value: 70, unit: 'kg' },
    lastSolidFoodAt: new Date(t.clock.now().getTime() - 8 * 3_600_000).toISOString(),
    lastClearLiquidAt: new Date(t.clock.now().getTime() - 3 * 3_600_000).toISOString(),
    escort: { name: 'Sam Doe', phone: '555-0100' },
  });
  await t.ok(contract.vitals.record, { sessionId, ...calmVitals });
  await t.ok(contract.charting.recordDose, { sessionId, intranasalDevices: 2, drug: { lot: 'ESK-881', expiry: '2027-06-30' } });
  await t.ok(contract.charting.screen, { sessionId });
  await t.ok(contract.charting.startInfusion, { sessionId });
  return sessionId;
}

describe('intranasal esketamine devices', () => {
  it('gives two devices at least 5 minutes apart and refuses a third', async () => {
    t = await startTestCore();
    const sessionId = await intranasalSessionStarted();
    const first = await t.ok(contract.charting.giveIntranasalDevice, { sessionId });
    expect(first.chart.intranasal).toMatchObject({ devicesPlanned: 2, given: [{ device: 1, at: '2026-11-25T14:00:00.000Z' }], nextDeviceAt: '2026-11-25T14:05:00.000Z' });
    expect(first.chart.actions.giveIntranasalDevice.allowed).toBe(false);

    t.clock.advanceMinutes(3);
    const early = await t.call(contract.charting.giveIntranasalDevice, { sessionId });
    expect(!early.ok && early.error.code).toBe('rule_blocked');
    expect(!early.ok && early.error.message).toMatch(/Wait 5 minutes between devices: the next one in 2 min/);

    t.clock.advanceMinutes(2);
    const second = await t.ok(contract.charting.giveIntranasalDevice, { sessionId });
    expect(second.chart.intranasal?.given.map((g) => g.device)).toEqual([1, 2]);
    expect(second.chart.timeline.some((e) => e.summary === 'Intranasal device 2 given (28 mg)')).toBe(true);

    t.clock.advanceMinutes(10);
    const third = await t.call(contract.charting.giveIntranasalDevice, { sessionId });
    expect(!third.ok && third.error).toMatchObject({ code: 'conflict', message: 'All 2 devices are given.' });
    expect(second.chart.rest.minimumMinutes).toBe(120);
  });

  it('holds a late entry to the same spacing', async () => {
    t = await startTestCore();
    const sessionId = await intranasalSessionStarted();
    await t.ok(contract.charting.giveIntranasalDevice, { sessionId });
    t.clock.advanceMinutes(20);
    const late = await t.call(contract.charting.giveIntranasalDevice, { sessionId, recordedAt: '2026-11-25T14:02:00.000Z' });
    expect(!late.ok && late.error).toMatchObject({ code: 'rule_blocked', field: 'recordedAt' });
  });

  it('refuses a device on an IV session', async () => {
    t = await startTestCore();
    const { sessionId } = await patientWithSession(t);
    const answer = await t.call(contract.charting.giveIntranasalDevice, { sessionId });
    expect(!answer.ok && answer.error.code).toBe('conflict');
  });
});
