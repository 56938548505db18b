// memoize: the same answer as the function, each key worked out once (null answers too), and bounded.
import { describe, expect, it } from 'vitest';
import { memoize } from '../../../src/shared/domain/memo';

describe('memoize', () => {
  it('answers as the function does, working each key out once, null answers included', () => {
    const calls: string[] = [];
    const lookup = memoize((key: string) => {
      calls.push(key);
      return key === 'none' ? null : key.length;
    });
    expect([lookup('abc'), lookup('none'), lookup('abc'), lookup('none')]).toEqual([3, null, 3, null]);
    expect(calls).toEqual(['abc', 'none']);
  });

  it('forgets everything past its limit and works answers out again', () => {
    const calls: number[] = [];
    const double = memoize((n: number) => {
      calls.push(n);
      return n * 2;
    }, 2);
    expect([double(1), double(2), double(3), double(1)]).toEqual([2, 4, 6, 2]);
    expect(calls).toEqual([1, 2, 3, 1]);
  });
});
