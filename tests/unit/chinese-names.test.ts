import { describe, expect, it } from "vitest";
import { splitChineseNames } from "@/lib/newsroom/chinese-names";

describe("splitChineseNames", () => {
  it("splits two three-character names written together", () => {
    expect(splitChineseNames("苏显中廖生权").names).toEqual(["苏显中", "廖生权"]);
  });

  it("leaves a single name alone", () => {
    expect(splitChineseNames("陈明")).toEqual({ names: ["陈明"], alternatives: [] });
    expect(splitChineseNames("廖生权")).toEqual({ names: ["廖生权"], alternatives: [] });
  });

  it("handles compound surnames", () => {
    expect(splitChineseNames("欧阳明华张伟").names).toEqual(["欧阳明华", "张伟"]);
  });

  it("offers alternatives when the split is ambiguous", () => {
    const split = splitChineseNames("王小明李华");
    expect(split.names).toEqual(["王小明", "李华"]);
    expect(split.alternatives).toContainEqual(["王小", "明李华"]);
  });

  it("returns text it cannot read as names unchanged", () => {
    expect(splitChineseNames("John Smith").names).toEqual(["John Smith"]);
    expect(splitChineseNames("").names).toEqual([]);
  });
});
