import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { searchArticles } from "@/lib/search/search-articles";
import { saveArticle } from "@/lib/services/articles/save-article";
import { transitionArticle } from "@/lib/services/articles/transition";
import { savePerson } from "@/lib/services/people/manage-people";
import { textToDoc } from "@/lib/newsroom/body";
import { articleInput, contextFor, createStaff } from "../support/factories";

const now = () => new Date();

describe("search for Chinese text", () => {
  it("finds two-character words inside bodies, ranks title matches first, highlights, and shows only what readers may see", async () => {
    const db = await getDb();
    const ctx = await contextFor(await createStaff("EDITOR"));
    const word = `鹿角${Date.now() % 100000}`;
    const inBody = await saveArticle(
      ctx,
      articleInput({
        title: "社区新闻",
        body: textToDoc(`西河${word}社区捐赠了抗疫物资。`),
        then: { action: "publish" },
      }),
    );
    const inTitle = await saveArticle(
      ctx,
      articleInput({ title: `${word}社区的一天`, body: textToDoc("正文。"), then: { action: "publish" } }),
    );
    const draft = await saveArticle(ctx, articleInput({ title: `${word} 草稿`, body: textToDoc("不应出现。") }));
    const embargoed = await saveArticle(
      ctx,
      articleInput({
        title: `${word} 禁发`,
        embargoUntil: new Date(Date.now() + 3_600_000),
        then: { action: "publish" },
      }),
    );

    const results = await searchArticles(db, { q: word }, now());
    expect(results.hits.map((hit) => hit.article.id)).toEqual([inTitle.id, inBody.id]);
    expect(results.total).toBe(2);
    const bodyHit = results.hits[1];
    expect(
      bodyHit?.snippet
        .filter((part) => part.hit)
        .map((part) => part.text)
        .join(""),
    ).toBe(word);
    expect(results.hits.map((hit) => hit.article.id)).not.toContain(draft.id);
    expect(results.hits.map((hit) => hit.article.id)).not.toContain(embargoed.id);

    await transitionArticle(ctx, inTitle.id, { action: "unpublish" });
    expect((await searchArticles(db, { q: word }, now())).hits.map((hit) => hit.article.id)).toEqual([inBody.id]);
  });

  it("matches people's names, follows a rename, and filters by section and date", async () => {
    const db = await getDb();
    const ctx = await contextFor(await createStaff("EDITOR"));
    const name = `欧阳${String.fromCharCode(0x4e00 + (Date.now() % 1000))}${String.fromCharCode(0x4e00 + (Date.now() % 997))}`;
    const section = await db.section.create({ data: { slug: `search-${Date.now()}`, name: "搜索栏目" } });
    const article = await saveArticle(
      ctx,
      articleInput({
        credits: [{ roleKey: "REPORTER", name, affiliation: null }],
        sectionId: section.id,
        publishedAt: new Date("2024-03-01T00:00:00Z"),
        then: { action: "publish" },
      }),
    );
    expect((await searchArticles(db, { q: name }, now())).hits.map((hit) => hit.article.id)).toContain(article.id);
    expect((await searchArticles(db, { q: name, sectionId: section.id + 1000 }, now())).total).toBe(0);
    expect(
      (
        await searchArticles(
          db,
          {
            q: name,
            sectionId: section.id,
            from: new Date("2024-01-01T00:00:00Z"),
            to: new Date("2024-12-31T00:00:00Z"),
          },
          now(),
        )
      ).total,
    ).toBe(1);
    expect((await searchArticles(db, { q: name, from: new Date("2025-01-01T00:00:00Z") }, now())).total).toBe(0);

    const person = await db.person.findFirstOrThrow({ where: { name } });
    const renamed = `${name}改`;
    await savePerson(ctx, person.id, { name: renamed, affiliation: null, bio: null, userId: null });
    expect((await searchArticles(db, { q: renamed }, now())).hits.map((hit) => hit.article.id)).toContain(article.id);
  });

  it("pages through many results and ignores queries with nothing to search for", async () => {
    const db = await getDb();
    const ctx = await contextFor(await createStaff("EDITOR"));
    const word = `翻页${Date.now() % 100000}`;
    for (let index = 0; index < 23; index += 1)
      await saveArticle(ctx, articleInput({ title: `${word} 第${index}篇`, then: { action: "publish" } }));
    const first = await searchArticles(db, { q: word }, now());
    const second = await searchArticles(db, { q: word, page: 2 }, now());
    expect([first.total, first.pages, first.hits.length, second.hits.length]).toEqual([23, 2, 20, 3]);
    expect(new Set([...first.hits, ...second.hits].map((hit) => hit.article.id)).size).toBe(23);
    expect((await searchArticles(db, { q: " ,。!" }, now())).total).toBe(0);
  });
});
