import { describe, expect, it } from "vitest";
import { blockText } from "@/lib/newsroom/body";
import { parseBylineText, parseWireCopy } from "@/lib/newsroom/wire-copy";
import {
  REFERENCE_PUBLISHED_AT,
  REFERENCE_SUBHEADINGS,
  REFERENCE_TITLE,
  referenceParagraphs,
  referenceText,
} from "../support/reference-article";

describe("parseWireCopy on the reference article", () => {
  const parsed = parseWireCopy(referenceText, "Asia/Shanghai");

  it("reads title, Beijing time and source", () => {
    expect(parsed.title).toBe(REFERENCE_TITLE);
    expect(parsed.publishedAt?.toISOString()).toBe(REFERENCE_PUBLISHED_AT.toISOString());
    expect(parsed.source).toBe("中华工商网");
  });

  it("splits the byline and the closing into credits with roles and affiliation", () => {
    expect(parsed.credits.map(({ role, name, affiliation }) => ({ role, name, affiliation }))).toEqual([
      { role: "REPORTER", name: "陈明", affiliation: "中华工商时报" },
      { role: "CORRESPONDENT", name: "苏显中", affiliation: null },
      { role: "CORRESPONDENT", name: "廖生权", affiliation: null },
      { role: "EDITOR", name: "张晖", affiliation: null },
    ]);
  });

  it("tells the five subheadings apart from the paragraphs and keeps every paragraph verbatim", () => {
    const headings = parsed.body.content.filter((block) => block.type === "heading").map(blockText);
    const paragraphs = parsed.body.content.filter((block) => block.type === "paragraph").map(blockText);
    expect(headings).toEqual(REFERENCE_SUBHEADINGS);
    expect(paragraphs).toEqual(referenceParagraphs());
    expect(paragraphs).toHaveLength(16);
    expect(paragraphs[0]).toMatch(/^成都本轮新冠肺炎疫情发生后,/);
  });

  it("proposes the split of the names written together, and has nothing to report", () => {
    expect(parsed.nameSplits).toEqual([{ text: "苏显中廖生权", names: ["苏显中", "廖生权"], alternatives: [] }]);
    expect(parsed.credits.every((credit) => !credit.uncertain)).toBe(true);
    expect(parsed.notes).toEqual([]);
  });

  it("keeps the byline and the closing out of the body", () => {
    const all = parsed.body.content.map(blockText).join("\n");
    expect(all).not.toContain("【");
    expect(all).not.toContain("编辑 张晖");
  });
});

describe("parseWireCopy on other input", () => {
  it("keeps what it cannot place in the body instead of dropping it, and reads the rest of the line", () => {
    const parsed = parseWireCopy("标题\n\n2022年13月05日13:48来源:某网\n\n  正文。", "Asia/Shanghai");
    expect(parsed.publishedAt).toBeNull();
    expect(parsed.source).toBe("某网");
    expect(parsed.body.content.map(blockText)).toEqual(["2022年13月05日13:48", "正文。"]);
    expect(parsed.notes).toEqual([
      "无法识别日期「2022年13月05日13:48」，未填发布时间",
      "「2022年13月05日13:48」未能识别，已保留在正文中",
    ]);
  });

  it("reads traditional characters in the byline", () => {
    expect(parseBylineText("本報記者王小明").map((credit) => [credit.role, credit.name, credit.affiliation])).toEqual([
      ["REPORTER", "王小明", "本報"],
    ]);
  });
});
