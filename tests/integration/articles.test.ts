import { describe, expect, it } from "vitest";
import { findPublishedArticle, listPublishedArticles } from "@/lib/content/queries";
import { getDb } from "@/lib/db";
import { formatByline, formatClosingLine } from "@/lib/newsroom/byline";
import { saveArticle } from "@/lib/services/articles/save-article";
import { unpublishArticle } from "@/lib/services/articles/unpublish-article";
import { ServiceError } from "@/lib/services/errors";
import { articleInput, contextFor, createStaff } from "../support/factories";

async function expectServiceError(promise: Promise<unknown>, code: ServiceError["code"]) {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ServiceError);
  expect((error as ServiceError).code).toBe(code);
  return error as ServiceError;
}

describe("articles from save to public read", () => {
  it("create → publish → read back through the public query, with credits in order", async () => {
    const editor = await createStaff("EDITOR");
    const changes: string[][] = [];
    const ctx = await contextFor(editor, changes);
    const draft = await saveArticle(ctx, articleInput({ title: "龙泉驿区工商联同心战疫" }));
    expect(draft.status).toBe("DRAFT");
    expect(await findPublishedArticle(await getDb(), draft.id)).toBeNull();

    const published = await saveArticle(ctx, {
      ...articleInput({ title: "龙泉驿区工商联同心战疫" }),
      id: draft.id,
      version: draft.version,
      publish: true,
    });
    expect(published.status).toBe("PUBLISHED");
    const article = await findPublishedArticle(await getDb(), draft.id);
    expect(article?.title).toBe("龙泉驿区工商联同心战疫");
    expect(article && formatByline(article.credits)).toBe("【中华工商时报记者 陈明 通讯员 苏显中】");
    expect(article && formatClosingLine(article.credits)).toBe("(编辑 张晖)");
    expect(article?.body.content.map((block) => block.type)).toEqual(["paragraph", "heading", "paragraph"]);
    expect(changes.at(-1)).toEqual(["articles", `article:${draft.id}`]);

    const latest = await listPublishedArticles(await getDb(), 50);
    expect(latest.map((item) => item.id)).toContain(draft.id);
  });

  it("keeps drafts and unpublished articles out of every public query", async () => {
    const editor = await createStaff("EDITOR");
    const ctx = await contextFor(editor);
    const draft = await saveArticle(ctx, articleInput());
    const live = await saveArticle(ctx, articleInput({ publish: true }));
    await unpublishArticle(ctx, live.id);

    const db = await getDb();
    expect(await findPublishedArticle(db, draft.id)).toBeNull();
    expect(await findPublishedArticle(db, live.id)).toBeNull();
    const ids = (await listPublishedArticles(db, 1000)).map((item) => item.id);
    expect(ids).not.toContain(draft.id);
    expect(ids).not.toContain(live.id);
  });

  it("uses the editor's publication time, else the moment of publishing", async () => {
    const ctx = await contextFor(await createStaff("EDITOR"));
    const given = new Date("2022-08-05T05:48:00Z");
    const withTime = await saveArticle(ctx, articleInput({ publishedAt: given, publish: true }));
    expect((await findPublishedArticle(await getDb(), withTime.id))?.publishedAt).toBe(given.toISOString());

    const fixed = new Date("2026-01-02T03:04:05Z");
    const withoutTime = await saveArticle({ ...ctx, now: () => fixed }, articleInput({ publish: true }));
    expect((await findPublishedArticle(await getDb(), withoutTime.id))?.publishedAt).toBe(fixed.toISOString());
  });

  it("matches existing people instead of creating duplicates", async () => {
    const ctx = await contextFor(await createStaff("EDITOR"));
    const name = `唯一名${Date.now()}`;
    const credits = [{ role: "REPORTER" as const, name, affiliation: "中华工商时报" }];
    await saveArticle(ctx, articleInput({ credits }));
    await saveArticle(ctx, articleInput({ credits }));
    expect(await (await getDb()).person.count({ where: { name } })).toBe(1);
  });
});

describe("bad input and refusals lose nothing", () => {
  it("refuses a save against an outdated version and names who changed it", async () => {
    const first = await createStaff("EDITOR", `编辑甲${Date.now()}`);
    const second = await createStaff("EDITOR");
    const created = await saveArticle(await contextFor(first), articleInput({ title: "原标题" }));

    await saveArticle(await contextFor(first), {
      ...articleInput({ title: "甲的修改" }),
      id: created.id,
      version: created.version,
    });
    const error = await expectServiceError(
      saveArticle(await contextFor(second), {
        ...articleInput({ title: "乙的修改" }),
        id: created.id,
        version: created.version,
      }),
      "conflict",
    );
    expect(error.message).toContain(first.name);
    const stored = await (await getDb()).article.findUniqueOrThrow({ where: { id: created.id } });
    expect(stored.title).toBe("甲的修改");
  });

  it("reports an unknown article id as not found", async () => {
    const ctx = await contextFor(await createStaff("EDITOR"));
    await expectServiceError(saveArticle(ctx, { ...articleInput(), id: 987_654_321, version: 1 }), "not_found");
    await expectServiceError(unpublishArticle(ctx, 987_654_321), "not_found");
  });

  it("does not let a reporter publish, nor edit another reporter's draft", async () => {
    const reporter = await createStaff("REPORTER");
    const other = await createStaff("REPORTER");
    await expectServiceError(saveArticle(await contextFor(reporter), articleInput({ publish: true })), "forbidden");

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
      saveArticle(ctx, articleInput({ title, body: { type: "doc", content: [] }, publish: true })),
      "validation",
    );
    expect(await (await getDb()).article.count({ where: { title } })).toBe(0);
  });

  it("rolls back the whole save when a credit cannot be written", async () => {
    const ctx = await contextFor(await createStaff("EDITOR"));
    const title = `回滚${Date.now()}`;
    // The database rejects this credit after the article row was written: the article must go too.
    const credits = [{ role: "NOT_A_ROLE" as "REPORTER", name: "某人", affiliation: null }];
    await expect(saveArticle(ctx, articleInput({ title, credits }))).rejects.toThrow();
    expect(await (await getDb()).article.count({ where: { title } })).toBe(0);
  });
});
