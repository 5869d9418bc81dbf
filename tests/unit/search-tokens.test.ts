import { describe, expect, it } from "vitest";
import { documentTokens, queryTokens, tsQuery } from "@/lib/search/tokens";
import { snippet } from "@/lib/search/snippet";

describe("search tokens for Chinese and Latin text", () => {
  it("indexes Han text as characters and overlapping pairs, other text as words", () => {
    expect(documentTokens("龙泉驿 COVID-19 防控")).toEqual([
      "龙",
      "泉",
      "驿",
      "龙泉",
      "泉驿",
      "covid",
      "19",
      "防",
      "控",
      "防控",
    ]);
  });

  it("normalizes full-width and case before indexing", () => {
    expect(documentTokens("ＱＱ群")).toEqual(["qq", "群"]);
  });

  it("turns a query into pairs that must all match, words as prefixes", () => {
    expect(queryTokens("疫情防控")).toEqual({ tokens: ["疫情", "情防", "防控"], terms: ["疫情防控"] });
    expect(tsQuery(queryTokens("工商联 QQ"))).toBe("工商 & 商联 & qq:*");
    expect(queryTokens("疫").tokens).toEqual(["疫"]);
    expect(queryTokens("“<script>”!").tokens).toEqual(["script:*"]);
    expect(queryTokens("  ,。 ").tokens).toEqual([]);
  });

  it("finds a two-character word inside a long text: every pair of the query is a pair of the document", () => {
    const doc = new Set(documentTokens("成都本轮新冠肺炎疫情发生后,龙泉驿区工商联全面落实"));
    for (const query of ["疫情", "工商联", "龙泉驿区", "新冠肺炎疫情"]) {
      expect(
        queryTokens(query).tokens.every((token) => doc.has(token)),
        query,
      ).toBe(true);
    }
    expect(queryTokens("工商局").tokens.every((token) => doc.has(token))).toBe(false);
  });
});

describe("snippets", () => {
  it("shows the neighbourhood of the first match with the terms marked", () => {
    const text = `${"前文".repeat(50)}龙泉驿区工商联全面落实疫情防控${"后文".repeat(100)}`;
    const parts = snippet(text, ["工商联", "疫情"]);
    expect(parts[0]).toEqual({ text: "…", hit: false });
    expect(parts.at(-1)).toEqual({ text: "…", hit: false });
    expect(parts.filter((part) => part.hit).map((part) => part.text)).toEqual(["工商联", "疫情"]);
  });
});
