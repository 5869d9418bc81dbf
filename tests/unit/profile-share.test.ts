// The bench's reading of a CPU profile: the share of busy time spent in chosen functions and below.
import { describe, expect, it } from "vitest";
import { busyShare } from "../../scripts/bench/profile-share";

const frame = (functionName: string, url = "file:///app/server.mjs") => ({ functionName, url });

// (root) → handle → countWhenAnswered → isRepeat; (root) → handle → send; (root) → (idle)
const profile = {
  nodes: [
    { id: 1, callFrame: frame("(root)", ""), children: [2, 6] },
    { id: 2, callFrame: frame("handle"), children: [3, 5] },
    { id: 3, callFrame: frame("countWhenAnswered"), children: [4] },
    { id: 4, callFrame: frame("isRepeat", "file:///app/chunks/lib_views_x.js") },
    { id: 5, callFrame: frame("send") },
    { id: 6, callFrame: frame("(idle)", "") },
  ],
  samples: [4, 3, 5, 5, 2, 6, 6, 6],
  timeDeltas: [10, 10, 10, 10, 10, 1000, 1000, 1000],
};

describe("the share of busy time in some functions", () => {
  it("counts a picked function with everything it called, over every sample but idle ones", () => {
    expect(busyShare(profile, (f) => f.functionName === "countWhenAnswered")).toBeCloseTo(2 / 5);
    expect(busyShare(profile, (f) => f.url.includes("lib_views"))).toBeCloseTo(1 / 5);
    expect(busyShare(profile, (f) => f.functionName === "handle")).toBeCloseTo(1);
  });

  it("is 0 when nothing matches or nothing was busy", () => {
    expect(busyShare(profile, () => false)).toBe(0);
    expect(busyShare({ ...profile, samples: [6], timeDeltas: [5] }, () => true)).toBe(0);
  });
});
