import { describe, expect, it } from "vitest";
import { median, medianDifferenceInterval, medianInterval } from "@/scripts/bench/bootstrap";

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
});
