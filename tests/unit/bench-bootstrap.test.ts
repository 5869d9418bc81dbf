import { describe, expect, it } from "vitest";
import {
  groupedMedianDifferenceInterval,
  groupedMedianInterval,
  median,
  medianDifferenceInterval,
  medianInterval,
} from "@/scripts/bench/bootstrap";

describe("the benchmark's bootstrap interval for a median", () => {
  it("takes the median of odd and even counts", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it("is narrow for steady rounds and wide for noisy ones, and holds the median", () => {
    const steady = Array.from({ length: 60 }, (_, i) => 0.98 + (i % 5) * 0.002);
    const noisy = Array.from({ length: 60 }, (_, i) => 0.98 + (((i * 37) % 21) - 10) * 0.02);
    const a = medianInterval(steady);
    const b = medianInterval(noisy);
    expect(a.low).toBeLessThanOrEqual(a.median);
    expect(a.high).toBeGreaterThanOrEqual(a.median);
    expect(a.high - a.low).toBeLessThan(0.01);
    expect(b.high - b.low).toBeGreaterThan(a.high - a.low);
  });

  it("gives the same interval for the same rounds (seeded), and refuses no rounds", () => {
    const rounds = [0.91, 0.97, 1.02, 0.95, 0.99, 1.01, 0.93, 0.96];
    expect(medianInterval(rounds)).toEqual(medianInterval(rounds));
    expect(() => medianInterval([])).toThrow(/no values/);
  });

  it("gives the difference of two medians with an interval that holds it, clear of zero only when the samples differ", () => {
    const base = Array.from({ length: 80 }, (_, i) => 1 + (((i * 37) % 21) - 10) * 0.002);
    const lower = base.map((value) => value - 0.03);
    const apart = medianDifferenceInterval(base, lower);
    expect(apart.difference).toBeCloseTo(0.03, 10);
    expect(apart.low).toBeGreaterThan(0);
    expect(apart.low).toBeLessThanOrEqual(apart.difference);
    expect(apart.high).toBeGreaterThanOrEqual(apart.difference);
    const same = medianDifferenceInterval(base, [...base].reverse());
    expect(same.difference).toBe(0);
    expect(same.low).toBeLessThan(0);
    expect(same.high).toBeGreaterThan(0);
    expect(() => medianDifferenceInterval([], base)).toThrow(/no values/);
  });

  it("widens the interval when the processes a sample came from disagree, beyond the pooled sample's", () => {
    const steady = (offset: number) =>
      Array.from({ length: 60 }, (_, i) => 1 + offset + (((i * 37) % 21) - 10) * 0.001);
    // Processes 3 % apart at most: the pooled pairs look tight, the processes do not.
    const disagreeing = [0.03, 0.015, 0.005, -0.005, -0.015, -0.03].map(steady);
    const pooled = medianInterval(disagreeing.flat());
    const grouped = groupedMedianInterval(disagreeing);
    expect(grouped.median).toBe(pooled.median);
    expect(grouped.high - grouped.low).toBeGreaterThan(3 * (pooled.high - pooled.low));
    // Processes that agree give about the pooled interval.
    const agreeing = [0, 0, 0, 0, 0, 0].map(steady);
    const together = groupedMedianInterval(agreeing);
    const alone = medianInterval(agreeing.flat());
    expect(together.high - together.low).toBeLessThan(2 * (alone.high - alone.low) + 1e-9);
    const difference = groupedMedianDifferenceInterval(disagreeing, agreeing);
    expect(difference.low).toBeLessThan(0);
    expect(difference.high).toBeGreaterThan(0);
    expect(() => groupedMedianInterval([[1], []])).toThrow(/no values/);
  });
});
