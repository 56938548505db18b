// @vitest-environment happy-dom
// The on-screen timers tick on from the main side's value: up while running, down to zero, still when paused.
import { describe, expect, it } from 'vitest';
import { tick } from '../../../src/renderer/api/main-clock';

const asOf = '2026-11-25T14:20:00.000Z';
const now = new Date('2026-11-25T14:20:07.000Z').getTime();

describe('tick', () => {
  it('counts elapsed infusion time up from the instant the main side computed it', () => {
    expect(tick(20 * 60_000, asOf, now, 'up')).toBe(20 * 60_000 + 7000);
  });
  it('holds a paused infusion at the value the main side gave', () => {
    expect(tick(20 * 60_000, asOf, now, 'up', false)).toBe(20 * 60_000);
  });
  it('counts rest down and stops at zero', () => {
    expect(tick(10_000, asOf, now, 'down')).toBe(3000);
    expect(tick(5000, asOf, now, 'down')).toBe(0);
  });
  it('never counts backwards when the screen clock is behind the answer', () => {
    expect(tick(60_000, asOf, new Date(asOf).getTime() - 5000, 'up')).toBe(60_000);
  });
});
