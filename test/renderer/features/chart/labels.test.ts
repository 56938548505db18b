// How a timer reads at the bedside: minutes and seconds, hours only when there are any.
import { describe, expect, it } from 'vitest';
import { formatDuration, wholeMinutes } from '../../../../src/renderer/features/chart/labels';

describe('formatDuration', () => {
  it('reads 40 minutes as 40:00 and 5 minutes 3 seconds as 05:03', () => {
    expect(formatDuration(40 * 60_000)).toBe('40:00');
    expect(formatDuration(5 * 60_000 + 3000)).toBe('05:03');
  });
  it('shows hours for the 2-hour intranasal monitoring', () => {
    expect(formatDuration(2 * 3600_000 + 5 * 60_000 + 9000)).toBe('2:05:09');
  });
  it('never shows a negative time', () => {
    expect(formatDuration(-1000)).toBe('00:00');
  });
  it('announces whole minutes only', () => {
    expect(wholeMinutes(119_999)).toBe(1);
  });
});
