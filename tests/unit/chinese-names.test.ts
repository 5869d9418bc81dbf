import { describe, expect, it } from "vitest";
import { nameReadings, readsAsNames, splitChineseNames, surnameLengthAt } from "@/lib/newsroom/chinese-names";
import {
  COMPOUND_SURNAMES,
  SINGLE_SURNAMES,
  TRADITIONAL_COMPOUND_SURNAMES,
  TRADITIONAL_SURNAMES,
} from "@/lib/newsroom/surnames";

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

  it("reads traditional characters like their simplified forms", () => {
    expect(splitChineseNames("蘇顯中廖生權")).toEqual({ names: ["蘇顯中", "廖生權"], alternatives: [] });
    expect(splitChineseNames("歐陽明華張偉").names).toEqual(["歐陽明華", "張偉"]);
  });

  it("offers keeping four characters whole, and keeps whole what it cannot read", () => {
    expect(splitChineseNames("张三李四")).toEqual({ names: ["张三", "李四"], alternatives: [["张三李四"]] });
    expect(splitChineseNames("范徐丽泰")).toEqual({ names: ["范徐丽泰"], alternatives: [] });
  });

  it("prefers three-character names, then the commoner surname", () => {
    expect(splitChineseNames("张伟王芳李娜").names).toEqual(["张伟", "王芳", "李娜"]);
    expect(splitChineseNames("刘德华梁朝伟").names).toEqual(["刘德华", "梁朝伟"]);
    expect(splitChineseNames("赖清德傅大为").names).toEqual(["赖清德", "傅大为"]);
  });

  it("shows at most three alternatives, best first", () => {
    const split = splitChineseNames("王李张刘陈杨黄赵");
    expect(split.alternatives.length).toBeLessThanOrEqual(3);
    expect(split.alternatives).not.toContainEqual(split.names);
  });

  it("stays fast on long runs", () => {
    const run = "王小明李华".repeat(40);
    const started = performance.now();
    expect(splitChineseNames(run).names).toHaveLength(80);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it("tells text that reads as names from text that does not", () => {
    expect(readsAsNames("陈明")).toBe(true);
    expect(readsAsNames("苏显中廖生权")).toBe(true);
    expect(readsAsNames("今天上午")).toBe(false);
    expect(readsAsNames("陈明。")).toBe(false);
    expect(nameReadings("王小明李华").map((reading) => reading.names)).toContainEqual(["王小", "明李华"]);
  });

  it("measures the surname at a position, compound first", () => {
    expect(surnameLengthAt("欧阳明华")).toBe(2);
    expect(surnameLengthAt("欧明华")).toBe(1);
    expect(surnameLengthAt("今天")).toBe(0);
    expect(surnameLengthAt("张三李四", 2)).toBe(1);
  });
});

describe("the surname table", () => {
  it("lists each surname once", () => {
    expect(new Set(SINGLE_SURNAMES).size).toBe(SINGLE_SURNAMES.length);
    expect(new Set(COMPOUND_SURNAMES).size).toBe(COMPOUND_SURNAMES.length);
    expect(COMPOUND_SURNAMES.every((surname) => surname.length === 2)).toBe(true);
  });

  it("maps every traditional form to a listed simplified surname", () => {
    const single = new Set<string>(SINGLE_SURNAMES);
    const compound = new Set<string>(COMPOUND_SURNAMES);
    for (const [traditional, simplified] of Object.entries(TRADITIONAL_SURNAMES)) {
      expect(single.has(simplified), `${traditional} → ${simplified}`).toBe(true);
    }
    for (const [traditional, simplified] of Object.entries(TRADITIONAL_COMPOUND_SURNAMES)) {
      expect(compound.has(simplified), `${traditional} → ${simplified}`).toBe(true);
    }
  });

  it("has the surnames of the reference article's people", () => {
    for (const name of ["陈明", "苏显中", "廖生权", "张晖"]) expect(surnameLengthAt(name)).toBe(1);
  });
});
