// Rates with an honest margin. A rate from a handful of invitations says little, so every rate
// carries its Wilson score interval: unlike "p ± z·√(p(1−p)/n)" it stays inside 0‥1 and is not
// zero-width at 0 % or 100 %, which is exactly where small counts land.

/** z for a two-sided 80 % interval: the 90th percentile of the standard normal distribution. */
export const Z_80 = 1.2815515655446004;

export interface Interval {
  low: number;
  high: number;
}

/** The Wilson score interval of `successes` out of `trials` (0‥1); null when there are no trials. */
export function wilsonInterval(successes: number, trials: number, z = Z_80): Interval | null {
  if (!(trials > 0) || successes < 0 || successes > trials) return null;
  const p = successes / trials;
  const z2 = z * z;
  const denominator = 1 + z2 / trials;
  const centre = p + z2 / (2 * trials);
  const margin = z * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials));
  // At 0 % and 100 % the bound is exactly 0 or 1; rounding would leave a hair above or below.
  const low = successes === 0 ? 0 : Math.max(0, (centre - margin) / denominator);
  const high = successes === trials ? 1 : Math.min(1, (centre + margin) / denominator);
  return { low, high };
}

/** Fewer counted invitations than this, and a rate is "too few to tell". */
export const MIN_COUNT = 20;

export type Rate =
  | { kind: 'rate'; value: number; interval: Interval; successes: number; trials: number }
  | { kind: 'too-few'; successes: number; trials: number };

/** `successes` of `trials` as a rate with its interval, or "too few to tell" below `minCount`. */
export function rateOf(successes: number, trials: number, minCount = MIN_COUNT): Rate {
  const interval = trials >= minCount ? wilsonInterval(successes, trials) : null;
  return interval ? { kind: 'rate', value: successes / trials, interval, successes, trials } : { kind: 'too-few', successes, trials };
}
