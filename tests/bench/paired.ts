// Paired measurement for the page-cost benchmarks: browsers without and with the extension (and
// a second one without it, the A/A control) measured in the same run, interleaved run by run with
// the order turning, so drift on a busy machine hits every side alike. A ratio is the median of
// the per-run ratios, with a 95% interval from a seeded bootstrap of those runs.

export interface PairedResult {
  without: number;
  with: number;
  ratio: number;
  low: number;
  high: number;
  runs: number;
}

/**
 * Runs `measure` on every side `runs` times, the sides interleaved run by run and the order turning
 * each run, so drift on a busy machine hits every side alike and each side goes first as often.
 */
export async function interleave<S extends string>(runs: number, sides: readonly S[], measure: (side: S) => Promise<void>): Promise<void> {
  for (let run = 0; run < runs; run++) {
    for (let i = 0; i < sides.length; i++) await measure(sides[(i + run) % sides.length]!);
  }
}

export function summarizePairs(without: number[], withExt: number[]): PairedResult {
  const ratios = without.map((w, i) => (withExt[i] ?? NaN) / w);
  const [low, high] = bootstrapMedian(ratios, 2000);
  return { without: median(without), with: median(withExt), ratio: median(ratios), low, high, runs: ratios.length };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
}

/** 2.5th and 97.5th percentiles of the median over `rounds` resamples (fixed seed). */
function bootstrapMedian(values: number[], rounds: number): [number, number] {
  let seed = 0x9e3779b9;
  const random = () => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) / 2 ** 32;
  };
  const medians: number[] = [];
  for (let r = 0; r < rounds; r++) {
    medians.push(median(values.map(() => values[Math.floor(random() * values.length)] ?? NaN)));
  }
  medians.sort((x, y) => x - y);
  return [medians[Math.floor(0.025 * rounds)] ?? NaN, medians[Math.floor(0.975 * rounds)] ?? NaN];
}

export const formatPaired = (r: PairedResult, unit: string) =>
  `${r.without.toFixed(0)} → ${r.with.toFixed(0)} ${unit} (medians); 95% CI of the ratio ${r.low.toFixed(3)}–${r.high.toFixed(3)}; ${r.runs} interleaved runs each`;
