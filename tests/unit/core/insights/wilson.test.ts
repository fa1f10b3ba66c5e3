// The interval behind every rate, checked against published and independently computed values.
import { describe, expect, test } from 'vitest';
import { MIN_COUNT, rateOf, wilsonInterval, Z_80 } from '../../../../src/core/insights';

const Z_95 = 1.959963984540054;
const rounded = (i: { low: number; high: number } | null) => i && [Number(i.low.toFixed(4)), Number(i.high.toFixed(4))];

describe('wilsonInterval', () => {
  test('z for 80 % is the 90th percentile of the normal distribution', () => {
    expect(Z_80).toBeCloseTo(1.28155, 5);
  });

  test('matches the textbook 95 % values (0/10, 10/10, 81/263)', () => {
    expect(rounded(wilsonInterval(0, 10, Z_95))).toEqual([0, 0.2775]);
    expect(rounded(wilsonInterval(10, 10, Z_95))).toEqual([0.7225, 1]);
    expect(rounded(wilsonInterval(81, 263, Z_95))).toEqual([0.2553, 0.3662]);
  });

  test.each([
    [0, 1, 0, 0.6216],
    [1, 1, 0.3784, 1],
    [5, 10, 0.3122, 0.6878],
    [0, 20, 0, 0.0759],
    [20, 20, 0.9241, 1],
    [12, 20, 0.4572, 0.7276],
    [60, 120, 0.4419, 0.5581],
    [30, 100, 0.2449, 0.3616],
    [500, 1000, 0.4798, 0.5202],
  ])('80 %%: %i of %i → %f‥%f', (k, n, low, high) => {
    expect(rounded(wilsonInterval(k, n))).toEqual([low, high]);
  });

  test('0 % and 100 % have an upper and lower bound of exactly z²/(n+z²) away from the edge', () => {
    const z2 = Z_80 * Z_80;
    expect(wilsonInterval(0, 50)!.high).toBeCloseTo(z2 / (50 + z2), 12);
    expect(wilsonInterval(50, 50)!.low).toBeCloseTo(50 / (50 + z2), 12);
    expect(wilsonInterval(0, 50)!.low).toBe(0);
    expect(wilsonInterval(50, 50)!.high).toBe(1);
  });

  test('no trials, or impossible counts, give no interval', () => {
    expect(wilsonInterval(0, 0)).toBeNull();
    expect(wilsonInterval(3, 2)).toBeNull();
    expect(wilsonInterval(-1, 2)).toBeNull();
  });

  test('the interval narrows as the count grows and always holds the rate', () => {
    let width = 1;
    for (const n of [20, 80, 320, 1280, 5120]) {
      const interval = wilsonInterval(Math.round(n * 0.3), n)!;
      expect(interval.low).toBeLessThanOrEqual(0.3);
      expect(interval.high).toBeGreaterThanOrEqual(0.3);
      expect(interval.high - interval.low).toBeLessThan(width);
      width = interval.high - interval.low;
    }
  });
});

describe('rateOf', () => {
  test('below the minimum count it is too few to tell, whatever the successes', () => {
    expect(rateOf(0, 0)).toEqual({ kind: 'too-few', successes: 0, trials: 0 });
    expect(rateOf(1, 1)).toEqual({ kind: 'too-few', successes: 1, trials: 1 });
    expect(rateOf(MIN_COUNT - 1, MIN_COUNT - 1).kind).toBe('too-few');
  });

  test('at the minimum count it is a rate with its interval', () => {
    const rate = rateOf(12, 20);
    expect(MIN_COUNT).toBe(20);
    expect(rate).toMatchObject({ kind: 'rate', value: 0.6, successes: 12, trials: 20 });
    expect(rate.kind === 'rate' && rounded(rate.interval)).toEqual([0.4572, 0.7276]);
  });

  test('all accepted is 100 % with an interval that still admits doubt', () => {
    const rate = rateOf(40, 40);
    expect(rate.kind === 'rate' && rate.value).toBe(1);
    expect(rate.kind === 'rate' && rate.interval.low).toBeLessThan(0.97);
  });
});
