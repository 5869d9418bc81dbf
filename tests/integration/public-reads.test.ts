import { describe, expect, it } from "vitest";
import {
  decodeCursor,
  findAdjacent,
  findPublishedArticle,
  findRetraction,
  homePage,
  listPage,
  listPublishedArticles,
  listRelated,
} from "@/lib/content/queries";
import { getDb } from "@/lib/db";
import { retractArticle, setFeatured } from "@/lib/services/articles/curation";
import { saveArticle } from "@/lib/services/articles/save-article";
import { articleInput, contextFor, createStaff } from "../support/factories";
import { expectServiceError } from "../support/expect-error";

const now = () => new Date();

describe("keyset pagination", () => {
  it("walks a section page by page without gaps or repeats, including articles published at the same minute", async () => {
    const db = await getDb();
    const ctx = await contextFor(await createStaff("EDITOR"));
    const section = await db.section.create({ data: { slug: `keyset-${Date.now()}`, name: "分页" } });
    const same = new Date("2024-05-01T00:00:00Z");
    const ids: number[] = [];
    for (let index = 0; index < 7; index += 1) {
      const publishedAt = index < 4 ? same : new Date(same.getTime() - index * 60_000);
      ids.push(
        (await saveArticle(ctx, articleInput({ sectionId: section.id, publishedAt, then: { action: "publish" } }))).id,
      );
    }
    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const page = await listPage(db, now(), { sectionId: section.id }, decodeCursor(cursor), 3);
      seen.push(...page.articles.map((article) => article.id));
      cursor = page.next;
    } while (cursor);
    expect(seen).toHaveLength(7);
    expect(new Set(seen).size).toBe(7);
    expect(seen.slice(0, 4)).toEqual(ids.slice(0, 4).reverse());
    expect(decodeCursor("garbage")).toBeNull();
  });
});

describe("home page curation", () => {
  it("leads with the most recently featured article and falls back to the newest", async () => {
    const db = await getDb();
    const editor = await contextFor(await createStaff("EDITOR"));
    const first = await saveArticle(editor, articleInput({ title: "推荐一", then: { action: "publish" } }));
    const second = await saveArticle(editor, articleInput({ title: "推荐二", then: { action: "publish" } }));
    await setFeatured(editor, first.id, true);
    await setFeatured(editor, second.id, true);
    let home = await homePage(db, now());
    expect(home.lead?.id).toBe(second.id);
    expect(home.featured.map((article) => article.id)).toContain(first.id);
    expect(home.latest.map((article) => article.id)).not.toContain(second.id);

    await setFeatured(editor, second.id, false);
    home = await homePage(db, now());
    expect(home.lead?.id).toBe(first.id);

    await setFeatured(editor, first.id, false);
    for (const article of await db.article.findMany({ where: { featuredAt: { not: null } } })) {
      await setFeatured(editor, article.id, false);
    }
    // Nothing featured: the newest article leads, and nothing is listed as an editor's pick.
    const fallback = await homePage(db, now());
    expect(fallback.featured).toEqual([]);
    expect(fallback.lead?.id).toBe((await listPublishedArticles(db, now(), 1))[0]?.id);
  });

  it("refuses a reporter, and featuring an unpublished article", async () => {
    const reporter = await contextFor(await createStaff("REPORTER"));
    const editor = await contextFor(await createStaff("EDITOR"));
    const draft = await saveArticle(editor, articleInput());
    await expectServiceError(setFeatured(editor, draft.id, true), "validation");
    const live = await saveArticle(editor, articleInput({ then: { action: "publish" } }));
    await expectServiceError(setFeatured(reporter, live.id, true), "forbidden");
  });
});

describe("retraction", () => {
  it("takes an article out of every public read and keeps a dated notice", async () => {
    const db = await getDb();
    const editor = await contextFor(await createStaff("EDITOR"));
    const live = await saveArticle(editor, articleInput({ then: { action: "publish" } }));
    await expectServiceError(retractArticle(editor, live.id, "  "), "validation");
    await retractArticle(editor, live.id, "数据有误,撤稿。");
    expect(await findPublishedArticle(db, live.id, now())).toBeNull();
    expect(await findRetraction(db, live.id)).toMatchObject({ id: live.id, note: "数据有误,撤稿。" });
    await expectServiceError(retractArticle(editor, live.id, "再撤一次"), "validation");

    const draft = await saveArticle(editor, articleInput());
    await expectServiceError(retractArticle(editor, draft.id, "从未发布"), "validation");
    expect(await findRetraction(db, draft.id)).toBeNull();
  });
});

describe("related and adjacent articles", () => {
  it("relates by shared tags or section and finds neighbours in time", async () => {
    const db = await getDb();
    const editor = await contextFor(await createStaff("EDITOR"));
    const tag = `相关${Date.now()}`;
    const a = await saveArticle(
      editor,
      articleInput({ tags: [tag], publishedAt: new Date("2030-06-01T00:00:00Z"), then: { action: "publish" } }),
    );
    const b = await saveArticle(
      editor,
      articleInput({ tags: [tag], publishedAt: new Date("2030-06-01T00:01:00Z"), then: { action: "publish" } }),
    );
    const article = await findPublishedArticle(db, a.id, new Date("2031-01-01T00:00:00Z"));
    if (!article) throw new Error("article missing");
    expect((await listRelated(db, article, new Date("2031-01-01T00:00:00Z"), 4)).map((item) => item.id)).toEqual([
      b.id,
    ]);
    const adjacent = await findAdjacent(db, article, new Date("2031-01-01T00:00:00Z"));
    expect(adjacent.next?.id).toBe(b.id);
  });
});
