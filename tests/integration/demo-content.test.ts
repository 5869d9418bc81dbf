import { describe, expect, it } from "vitest";
import { findPublishedArticle } from "@/lib/content/queries";
import { getDb } from "@/lib/db";
import { blockText } from "@/lib/newsroom/body";
import { formatByline, formatClosingLine } from "@/lib/newsroom/byline";
import { loadDemoContent } from "@/lib/services/demo/load-demo-content";
import {
  REFERENCE_BYLINE,
  REFERENCE_CLOSING,
  REFERENCE_PUBLISHED_AT,
  REFERENCE_SUBHEADINGS,
  REFERENCE_TITLE,
  referenceParagraphs,
} from "../support/reference-article";

describe("demo content", () => {
  it("publishes the reference article with every field in place, once", async () => {
    const db = await getDb();
    await db.article.deleteMany();

    expect(await loadDemoContent(db, "Asia/Shanghai")).toEqual([REFERENCE_TITLE]);
    expect(await loadDemoContent(db, "Asia/Shanghai")).toEqual([]);

    const row = await db.article.findFirstOrThrow({ where: { title: REFERENCE_TITLE } });
    const article = await findPublishedArticle(db, row.id, new Date());
    expect(article).not.toBeNull();
    if (!article) return;
    expect(article.source).toBe("中华工商网");
    expect(article.publishedAt).toBe(REFERENCE_PUBLISHED_AT.toISOString());
    expect(formatByline(article.credits)).toBe(REFERENCE_BYLINE);
    expect(formatClosingLine(article.credits)).toBe(REFERENCE_CLOSING);
    expect(article.credits.map(({ role, name, affiliation }) => [role.key, name, affiliation])).toEqual([
      ["REPORTER", "陈明", "中华工商时报"],
      ["CORRESPONDENT", "苏显中", null],
      ["CORRESPONDENT", "廖生权", null],
      ["EDITOR", "张晖", null],
    ]);
    const headings = article.body.content.filter((block) => block.type === "heading").map(blockText);
    const paragraphs = article.body.content.filter((block) => block.type === "paragraph").map(blockText);
    expect(headings).toEqual(REFERENCE_SUBHEADINGS);
    expect(paragraphs).toEqual(referenceParagraphs());
  });
});
