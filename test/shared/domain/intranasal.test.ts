// Intranasal esketamine devices: one at a time, at least the set interval apart, never more than the dose planned.
import { describe, expect, it } from 'vitest';
import { intranasalDeviceRefusal, nextDeviceAtMs, type IntranasalFacts } from '../../../src/shared/domain/intranasal';

const T = Date.parse('2026-11-25T14:00:00.000Z');
const base: IntranasalFacts = { route: 'intranasal', devicesPlanned: 3, givenAtMs: [], nowMs: T, intervalMinutes: 5 };
const min = (m: number) => T + m * 60_000;

describe('giving the next intranasal device', () => {
  it.each([
    ['the first device may be given at once', {}, null],
    ['the second 4 min 59 s after the first is refused', { givenAtMs: [T], nowMs: min(5) - 1000 }, 'rule_blocked'],
    ['the second exactly 5 min after the first is allowed', { givenAtMs: [T], nowMs: min(5) }, null],
    ['with a 10-minute setting, 9 minutes is refused', { givenAtMs: [T], nowMs: min(9), intervalMinutes: 10 }, 'rule_blocked'],
    ['a fourth device after three planned is refused', { givenAtMs: [T, min(5), min(10)], nowMs: min(30) }, 'conflict'],
    ['no device before the dose is recorded', { devicesPlanned: null }, 'rule_blocked'],
    ['no device on an IV session', { route: 'iv' }, 'conflict'],
  ] as const)('%s', (_name, change, code) => {
    const refusal = intranasalDeviceRefusal({ ...base, ...change } as IntranasalFacts);
    expect(refusal?.code ?? null).toBe(code);
  });

  it('says when the next device is due, and nothing once all are given', () => {
    expect(nextDeviceAtMs({ ...base, givenAtMs: [T] })).toBe(min(5));
    expect(nextDeviceAtMs({ ...base, devicesPlanned: 2, givenAtMs: [T, min(5)] })).toBeNull();
  });
});
