import { describe, expect, it } from "vitest";
import { countedRequests, interleavedLua, pairPhases, parseInterleavedReport } from "@/scripts/bench/views-interleaved";

describe("the views benchmark's interleaved phases", () => {
  it("pairs each counted phase with its uncounted neighbour, and control phases by place, whichever the order", () => {
    // Pairs 0..4, each of two phases, then the run's cut-short last phase. Counted phases serve 90 to
    // their neighbours' 100. Shapes: 1 counted second, 2 control, 3 counted first, 4 control.
    const phases = [50, 90, 100, 90, 90, 100, 100, 80, 125, 100, 7];
    const shapes = [1, 1, 3, 2, 4];
    const { counted, again } = pairPhases({ phases, shapes });
    // Pair 0 (connections opening) is left out.
    expect(counted).toEqual([0.9, 0.9]);
    // The second phase over the first in a shape-2 pair, the first over the second in a shape-4 pair.
    expect(again).toEqual([0.8, 1.25]);
  });

  it("leaves out a pair holding the run's cut-short last phase", () => {
    expect(pairPhases({ phases: [100, 100, 100, 90], shapes: [1, 1] }).counted).toEqual([]);
    expect(pairPhases({ phases: [100, 100, 100, 90, 3], shapes: [1, 1] }).counted).toEqual([0.9]);
  });

  it("adds up the requests of every counted phase, the first and last pairs' too", () => {
    // Shapes: 1 counted second, 3 counted first, 2 and 4 control; the last pair (counted) is cut short.
    expect(countedRequests({ phases: [50, 90, 100, 90, 90, 100, 100, 80, 7], shapes: [1, 3, 2, 4, 3] })).toBe(
      90 + 100 + 7,
    );
  });

  it("refuses a pair without a shape rather than guess what it compared", () => {
    expect(() => pairPhases({ phases: [100, 100, 100, 90, 100, 100, 3], shapes: [1, 1] })).toThrow(/no shape/);
  });

  it("reads the script's report and refuses any other line", () => {
    expect(parseInterleavedReport("[[5,6,7],[2,1]]")).toEqual({ phases: [5, 6, 7], shapes: [2, 1] });
    expect(() => parseInterleavedReport('[[5,6,"x"],[2]]')).toThrow(/not \[\[phases\],\[shapes\]\]/);
    expect(() => parseInterleavedReport("[1,2,3]")).toThrow(/not \[\[phases\],\[shapes\]\]/);
  });

  it("sends both kinds with the same header names and bytes: the user agent where the counter reads it, or not", () => {
    const lua = interleavedLua("/articles/1", "Browser/1.0", 5, 3);
    const kinds = [...lua.matchAll(/wrk\.format\("GET", "\/articles\/1", \{ (.*) \}\)/g)].map(
      (match) => match[1] ?? "",
    );
    expect(kinds).toEqual([
      '["User-Agent"] = "Browser/1.0", ["X-Forwarded-For"] = address, ["X-Bench-Agent"] = ""',
      '["User-Agent"] = "", ["X-Forwarded-For"] = address, ["X-Bench-Agent"] = "Browser/1.0"',
    ]);
    const names = (kind: string) => [...kind.matchAll(/\["([^"]+)"\]/g)].map((match) => match[1]);
    expect(names(kinds[0] ?? "")).toEqual(names(kinds[1] ?? ""));
    expect(kinds[0]?.length).toBe(kinds[1]?.length);
    expect(lua).toContain("local n = 5");
    expect(lua).toContain("math.randomseed(3)");
  });
});
