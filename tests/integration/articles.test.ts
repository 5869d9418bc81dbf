import { describe, expect, it } from "vitest";
import { findPublishedArticle, listPublishedArticles } from "@/lib/content/queries";
import { getDb } from "@/lib/db";
import { formatByline, formatClosingLine } from "@/lib/newsroom/byline";
import { saveArticle } from "@/lib/services/articles/save-article";
import { transitionArticle } from "@/lib/services/articles/transition";
import { articleInput, contextFor, createStaff, publishedArticle } from "../support/factories";
import { expectServiceError } from "../support/expect-error";

const now = () => new Date();

describe("articles from save to public read", () => {
  it("create → publish → read back through the public query, with credits in order", async () => {
    const editor = await createStaff("EDITOR");
    const changes: string[][] = [];
    const ctx = await contextFor(editor, changes);
    const draft = await saveArticle(
      ctx,
      articleInput({ title: "龙泉驿区工商联同心战疫", kicker: "抗疫一线", tags: ["疫情防控", "商会"] }),
    );
    expect(draft.status).toBe("DRAFT");
    expect(await findPublishedArticle(await getDb(), draft.id, now())).toBeNull();

    const published = await saveArticle(ctx, {
      ...articleInput({ title: "龙泉驿区工商联同心战疫", kicker: "抗疫一线", tags: ["疫情防控", "商会"] }),
      id: draft.id,
      version: draft.version,
      then: { action: "publish" },
    });
    expect(published.status).toBe("PUBLISHED");
    const article = await findPublishedArticle(await getDb(), draft.id, now());
    expect(article?.title).toBe("龙泉驿区工商联同心战疫");
    expect(article?.kicker).toBe("抗疫一线");
    expect(article?.tags.map((tag) => tag.name)).toEqual(["疫情防控", "商会"]);
    expect(article && formatByline(article.credits)).toBe("【中华工商时报记者 陈明 通讯员 苏显中】");
    expect(article && formatClosingLine(article.credits)).toBe("(编辑 张晖)");
    expect(article?.body.content.map((block) => block.type)).toEqual(["paragraph", "heading", "paragraph"]);
    expect(changes.at(-1)).toEqual(["articles", `article:${draft.id}`]);

    const latest = await listPublishedArticles(await getDb(), now(), 50);
    expect(latest.map((item) => item.id)).toContain(draft.id);
  });

  it("keeps drafts, unpublished and trashed articles out of every public query", async () => {
    const editor = await createStaff("EDITOR");
    const ctx = await contextFor(editor);
    const draft = await saveArticle(ctx, articleInput());
    const live = await publishedArticle(ctx);
    await transitionArticle(ctx, live.id, { action: "unpublish" });

    const db = await getDb();
    expect(await findPublishedArticle(db, draft.id, now())).toBeNull();
    expect(await findPublishedArticle(db, live.id, now())).toBeNull();
    const ids = (await listPublishedArticles(db, now(), 1000)).map((item) => item.id);
    expect(ids).not.toContain(draft.id);
    expect(ids).not.toContain(live.id);
  });

  it("uses the editor's publication time, else the moment of publishing", async () => {
    const ctx = await contextFor(await createStaff("EDITOR"));
    const given = new Date("2022-08-05T05:48:00Z");
    const withTime = await publishedArticle(ctx, { publishedAt: given });
    expect((await findPublishedArticle(await getDb(), withTime.id, now()))?.publishedAt).toBe(given.toISOString());

    const fixed = new Date("2026-01-02T03:04:05Z");
    const withoutTime = await publishedArticle({ ...ctx, now: () => fixed });
    expect((await findPublishedArticle(await getDb(), withoutTime.id, now()))?.publishedAt).toBe(fixed.toISOString());
  });

  it("matches existing people instead of creating duplicates", async () => {
    const ctx = await contextFor(await createStaff("EDITOR"));
    const name = `唯一名${Date.now()}`;
    const credits = [{ roleKey: "REPORTER", name, affiliation: "中华工商时报" }];
    await saveArticle(ctx, articleInput({ credits }));
    await saveArticle(ctx, articleInput({ credits }));
    expect(await (await getDb()).person.count({ where: { name } })).toBe(1);
  });
});

describe("bad input and refusals lose nothing", () => {
  it("reports an unknown article id as not found", async () => {
    const ctx = await contextFor(await createStaff("EDITOR"));
    await expectServiceError(saveArticle(ctx, { ...articleInput(), id: 987_654_321, version: 1 }), "not_found");
    await expectServiceError(transitionArticle(ctx, 987_654_321, { action: "unpublish" }), "not_found");
  });

  it("does not let a reporter publish, nor edit another reporter's draft", async () => {
    const reporter = await createStaff("REPORTER");
    const other = await createStaff("REPORTER");
    const title = `记者直接发布${Date.now()}`;
    await expectServiceError(
      saveArticle(await contextFor(reporter), articleInput({ title, then: { action: "publish" } })),
      "forbidden",
    );
    expect(await (await getDb()).article.count({ where: { title } })).toBe(0);

    const draft = await saveArticle(await contextFor(other), articleInput({ title: "别人的稿子" }));
    await expectServiceError(
      saveArticle(await contextFor(reporter), {
        ...articleInput({ title: "篡改" }),
        id: draft.id,
        version: draft.version,
      }),
      "forbidden",
    );
    const stored = await (await getDb()).article.findUniqueOrThrow({ where: { id: draft.id } });
    expect(stored.title).toBe("别人的稿子");
  });

  it("saves nothing when publishing fails half-way (empty body)", async () => {
    const ctx = await contextFor(await createStaff("EDITOR"));
    const title = `空正文${Date.now()}`;
    await expectServiceError(
      saveArticle(ctx, articleInput({ title, body: { type: "doc", content: [] }, then: { action: "publish" } })),
      "validation",
    );
    expect(await (await getDb()).article.count({ where: { title } })).toBe(0);
  });

  it("rolls back the whole save when a credit names an unknown role", async () => {
    const ctx = await contextFor(await createStaff("EDITOR"));
    const title = `回滚${Date.now()}`;
    await expectServiceError(
      saveArticle(ctx, articleInput({ title, credits: [{ roleKey: "NOT_A_ROLE", name: "某人", affiliation: null }] })),
      "validation",
    );
    expect(await (await getDb()).article.count({ where: { title } })).toBe(0);
  });
});
