import { describe, expect, it } from "vitest";
import { findPublishedArticle, listPublishedArticles } from "@/lib/content/queries";
import { getDb } from "@/lib/db";
import { runScheduled } from "@/lib/services/articles/run-scheduled";
import { saveArticle } from "@/lib/services/articles/save-article";
import { articleInput, contextFor, createStaff, type Clock } from "../support/factories";

const HOUR = 3_600_000;

describe("scheduled publishing", () => {
  it("publishes at the set time, not before, and at the scheduled time as dateline", async () => {
    const clock: Clock = { now: new Date("2030-01-01T00:00:00Z") };
    const ctx = await contextFor(await createStaff("EDITOR"), [], clock);
    const at = new Date(clock.now.getTime() + HOUR);
    const article = await saveArticle(ctx, articleInput({ then: { action: "schedule", at } }));
    expect(article.status).toBe("SCHEDULED");
    const db = await getDb();

    const early = await runScheduled(db, new Date(at.getTime() - 1000));
    expect(early.published).not.toContain(article.id);
    expect(await findPublishedArticle(db, article.id, new Date(at.getTime() - 1000))).toBeNull();

    const onTime = await runScheduled(db, new Date(at.getTime() + 5000));
    expect(onTime.published).toContain(article.id);
    expect(onTime.tags).toEqual(expect.arrayContaining(["articles", `article:${article.id}`]));
    const live = await findPublishedArticle(db, article.id, new Date(at.getTime() + 5000));
    expect(live?.publishedAt).toBe(at.toISOString());
    const audit = await db.auditEntry.findMany({ where: { articleId: article.id, action: "article.publish" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]?.actorId).toBeNull();

    const again = await runScheduled(db, new Date(at.getTime() + 10_000));
    expect(again.published).not.toContain(article.id);
  });

  it("fires once when several server processes run the scheduler at the same moment", async () => {
    const clock: Clock = { now: new Date("2030-02-01T00:00:00Z") };
    const ctx = await contextFor(await createStaff("EDITOR"), [], clock);
    const at = new Date(clock.now.getTime() + HOUR);
    const ids = await Promise.all(
      [1, 2, 3].map(async () => (await saveArticle(ctx, articleInput({ then: { action: "schedule", at } }))).id),
    );
    const db = await getDb();
    const runs = await Promise.all([1, 2, 3, 4].map(() => runScheduled(db, new Date(at.getTime() + 1000))));
    const published = runs.flatMap((run) => run.published).filter((id) => ids.includes(id));
    expect(published.sort()).toEqual([...ids].sort());
    const entries = await db.auditEntry.count({ where: { articleId: { in: ids }, action: "article.publish" } });
    expect(entries).toBe(ids.length);
  });

  it("leaves a due article it cannot publish as it is, and says why", async () => {
    const clock: Clock = { now: new Date("2030-03-01T00:00:00Z") };
    const ctx = await contextFor(await createStaff("EDITOR"), [], clock);
    const at = new Date(clock.now.getTime() + HOUR);
    const article = await saveArticle(ctx, articleInput({ then: { action: "schedule", at } }));
    const db = await getDb();
    await db.article.update({ where: { id: article.id }, data: { body: { type: "doc", content: [] } } });
    const run = await runScheduled(db, new Date(at.getTime() + 1000));
    expect(run.failed).toEqual([{ id: article.id, reason: "正文为空的文章不能发布" }]);
    expect((await db.article.findUniqueOrThrow({ where: { id: article.id } })).status).toBe("SCHEDULED");
  });
});

describe("embargo", () => {
  it("keeps a published article out of every public read until the embargo ends, then announces it", async () => {
    const ctx = await contextFor(await createStaff("EDITOR"));
    const embargoUntil = new Date(Date.now() + 2 * HOUR);
    const article = await saveArticle(ctx, articleInput({ embargoUntil, then: { action: "publish" } }));
    expect(article.status).toBe("PUBLISHED");
    const db = await getDb();
    const before = new Date(embargoUntil.getTime() - 1000);
    const after = new Date(embargoUntil.getTime() + 1000);

    expect(await findPublishedArticle(db, article.id, before)).toBeNull();
    expect((await listPublishedArticles(db, before, 1000)).map((item) => item.id)).not.toContain(article.id);
    expect((await runScheduled(db, before)).embargoesLifted).not.toContain(article.id);

    const run = await runScheduled(db, after);
    expect(run.embargoesLifted).toContain(article.id);
    expect(run.tags).toContain(`article:${article.id}`);
    expect(await findPublishedArticle(db, article.id, after)).not.toBeNull();
    expect((await listPublishedArticles(db, after, 1000)).map((item) => item.id)).toContain(article.id);
    expect((await runScheduled(db, after)).embargoesLifted).not.toContain(article.id);
  });
});

describe("the schedule across a restart", () => {
  it("is kept in the database: a fresh connection publishes what an earlier process scheduled", async () => {
    const { closeDb } = await import("@/lib/db");
    const clock: Clock = { now: new Date("2030-04-01T00:00:00Z") };
    const at = new Date(clock.now.getTime() + HOUR);
    const article = await saveArticle(
      await contextFor(await createStaff("EDITOR"), [], clock),
      articleInput({ then: { action: "schedule", at } }),
    );
    if (process.env.MASTHEAD_TEST_DB === "postgres") {
      // The in-memory embedded database cannot outlive its connection; on a server it can.
      await closeDb();
    }
    const run = await runScheduled(await getDb(), new Date(at.getTime() + 1000));
    expect(run.published).toContain(article.id);
  });
});
