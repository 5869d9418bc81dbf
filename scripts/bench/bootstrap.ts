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
const resample = <T>(values: readonly T[], random: () => number): T[] =>
  Array.from({ length: values.length }, () => values[Math.floor(random() * values.length)] as T);

/**
 * One two-level draw: as many groups as there are, taken with replacement, each then resampled within
 * and all pooled. Groups are the processes a sample came from: identical processes differ from one
 * another by more than the rounds within one do, so the interval has to draw processes too.
 */
const resampleGroups = (groups: readonly (readonly number[])[], random: () => number): number[] =>
  resample(groups, random).flatMap((group) => resample(group, random));

/** The 2.5th and 97.5th percentiles of `resamples` draws of a statistic: its 95 % interval. */
function interval(resamples: number, draw: () => number): { low: number; high: number } {
  const draws = Array.from({ length: resamples }, draw).sort((a, b) => a - b);
  const at = (q: number) => draws[Math.min(draws.length - 1, Math.floor(q * draws.length))] ?? 0;
  return { low: at(0.025), high: at(0.975) };
}

const refuseEmpty = (groups: readonly (readonly number[])[]) => {
  if (groups.length === 0 || groups.some((group) => group.length === 0))
    throw new Error("no values to take the median of");
};

/** The median of all groups' values and its 95 % two-level bootstrap interval (groups, then values). */
export function groupedMedianInterval(
  groups: readonly (readonly number[])[],
  resamples = 4000,
  seed = 1,
): { median: number; low: number; high: number } {
  refuseEmpty(groups);
  // Seeded: the same rounds give the same interval on every run.
  const random = seededRandom(seed);
  return { median: median(groups.flat()), ...interval(resamples, () => median(resampleGroups(groups, random))) };
}

/** The median of `values` and its 95 % percentile-bootstrap interval (`resamples` draws with replacement). */
export const medianInterval = (values: readonly number[], resamples = 4000, seed = 1) =>
  groupedMedianInterval([values], resamples, seed);

/**
 * How much the median of `a` exceeds that of `b`, with its 95 % two-level bootstrap interval: each
 * draw resamples both (independent samples, such as the pairs of different processes' runs).
 */
export function groupedMedianDifferenceInterval(
  a: readonly (readonly number[])[],
  b: readonly (readonly number[])[],
  resamples = 4000,
  seed = 1,
): { difference: number; low: number; high: number } {
  refuseEmpty(a);
  refuseEmpty(b);
  const random = seededRandom(seed);
  const draw = () => median(resampleGroups(a, random)) - median(resampleGroups(b, random));
  return { difference: median(a.flat()) - median(b.flat()), ...interval(resamples, draw) };
}

/** groupedMedianDifferenceInterval for two samples of one group each. */
export const medianDifferenceInterval = (a: readonly number[], b: readonly number[], resamples = 4000, seed = 1) =>
  groupedMedianDifferenceInterval([a], [b], resamples, seed);
