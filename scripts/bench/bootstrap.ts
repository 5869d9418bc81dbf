// How sure a benchmark's median is: a percentile bootstrap interval for the median of paired ratios.
// The machine's speed drifts from second to second, so one median says little on its own; an interval
// that stays clear of the target says the target is met, one that straddles it says "not shown".
import { seededRandom } from "@/lib/seeded-random";

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

/** One bootstrap draw: as many values as `values` holds, taken from it with replacement. */
const resample = (values: readonly number[], random: () => number): number[] =>
  Array.from({ length: values.length }, () => values[Math.floor(random() * values.length)] ?? 0);

/** The 2.5th and 97.5th percentiles of `resamples` draws of a statistic: its 95 % interval. */
function interval(resamples: number, draw: () => number): { low: number; high: number } {
  const draws = Array.from({ length: resamples }, draw).sort((a, b) => a - b);
  const at = (q: number) => draws[Math.min(draws.length - 1, Math.floor(q * draws.length))] ?? 0;
  return { low: at(0.025), high: at(0.975) };
}

/** The median of `values` and its 95 % percentile-bootstrap interval (`resamples` draws with replacement). */
export function medianInterval(
  values: readonly number[],
  resamples = 4000,
  seed = 1,
): { median: number; low: number; high: number } {
  if (values.length === 0) throw new Error("no values to take the median of");
  // Seeded: the same rounds give the same interval on every run.
  const random = seededRandom(seed);
  return { median: median(values), ...interval(resamples, () => median(resample(values, random))) };
}

/**
 * How much the median of `a` exceeds that of `b`, with its 95 % percentile-bootstrap interval: each
 * draw resamples both (independent samples, such as the pairs of two processes' runs).
 */
export function medianDifferenceInterval(
  a: readonly number[],
  b: readonly number[],
  resamples = 4000,
  seed = 1,
): { difference: number; low: number; high: number } {
  if (a.length === 0 || b.length === 0) throw new Error("no values to take the median of");
  const random = seededRandom(seed);
  const draw = () => median(resample(a, random)) - median(resample(b, random));
  return { difference: median(a) - median(b), ...interval(resamples, draw) };
}
