// 定时下线 and the list of allowed sources: a published article leaves the public site at its
// take-down time, once, as the newsroom settings say; the editor is warned about a source off the list.
import { describe, expect, it } from "vitest";
import { findPublishedArticle } from "@/lib/content/queries";
import { getDb } from "@/lib/db";
import { runScheduled } from "@/lib/services/articles/run-scheduled";
import { saveArticle } from "@/lib/services/articles/save-article";
import { ServiceError } from "@/lib/services/errors";
import { editorChecks } from "@/lib/services/sensitive-words/editor-checks";
import { readNewsroomSettings, updateNewsroomSettings } from "@/lib/services/settings/newsroom-settings";
import { articleInput, contextFor, createStaff, type Clock } from "../support/factories";

const HOUR = 3_600_000;

async function setMode(takedownMode: "UNPUBLISHED" | "ARCHIVED", allowedSources: string[] = []) {
  await updateNewsroomSettings(await contextFor(await createStaff("ADMIN")), { takedownMode, allowedSources });
}

describe("take-down times", () => {
  it("take a published article off the public site at the time, once, and expire its pages", async () => {
    await setMode("UNPUBLISHED");
    const clock: Clock = { now: new Date("2031-01-01T00:00:00Z") };
    const ctx = await contextFor(await createStaff("EDITOR"), [], clock);
    const takedownAt = new Date(clock.now.getTime() + HOUR);
    const article = await saveArticle(ctx, articleInput({ takedownAt, then: { action: "publish" } }));
    const db = await getDb();

    const early = await runScheduled(db, new Date(takedownAt.getTime() - 1000));
    expect(early.takenDown).not.toContain(article.id);
    expect(await findPublishedArticle(db, article.id, new Date(takedownAt.getTime() - 1000))).not.toBeNull();

    const after = new Date(takedownAt.getTime() + 1000);
    const runs = await Promise.all([1, 2, 3].map(() => runScheduled(db, after)));
    expect(runs.flatMap((run) => run.takenDown).filter((id) => id === article.id)).toEqual([article.id]);
    const fired = runs.find((run) => run.takenDown.includes(article.id))!;
    expect(fired.tags).toEqual(expect.arrayContaining(["articles", `article:${article.id}`]));
    expect(await findPublishedArticle(db, article.id, after)).toBeNull();

    const row = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    expect(row.status).toBe("UNPUBLISHED");
    expect(row.takedownAt).toBeNull();
    const audit = await db.auditEntry.findMany({ where: { articleId: article.id, action: "article.takedown" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]?.details).toEqual({ takedownAt: takedownAt.toISOString(), to: "UNPUBLISHED" });

    expect((await runScheduled(db, new Date(after.getTime() + HOUR))).takenDown).not.toContain(article.id);
  });

  it("archive instead when the settings say so", async () => {
    await setMode("ARCHIVED");
    try {
      const clock: Clock = { now: new Date("2031-02-01T00:00:00Z") };
      const ctx = await contextFor(await createStaff("EDITOR"), [], clock);
      const takedownAt = new Date(clock.now.getTime() + HOUR);
      const article = await saveArticle(ctx, articleInput({ takedownAt, then: { action: "publish" } }));
      await runScheduled(await getDb(), new Date(takedownAt.getTime() + 1000));
      expect((await (await getDb()).article.findUniqueOrThrow({ where: { id: article.id } })).status).toBe("ARCHIVED");
    } finally {
      await setMode("UNPUBLISHED");
    }
  });

  it("must come after the article goes out", async () => {
    const clock: Clock = { now: new Date("2031-03-01T00:00:00Z") };
    const ctx = await contextFor(await createStaff("EDITOR"), [], clock);
    const at = new Date(clock.now.getTime() + 2 * HOUR);
    const takedownAt = new Date(clock.now.getTime() + HOUR);
    const error = await saveArticle(ctx, articleInput({ takedownAt, then: { action: "schedule", at } })).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(ServiceError);
    expect((error as ServiceError).fieldErrors.takedownAt).toBeDefined();
  });

  it("are kept in revisions and in the export like every declared field", async () => {
    const ctx = await contextFor(await createStaff("EDITOR"));
    const takedownAt = new Date(Date.now() + 48 * HOUR);
    const saved = await saveArticle(ctx, articleInput({ takedownAt }));
    const revision = await (await getDb()).revision.findFirstOrThrow({ where: { articleId: saved.id } });
    expect((revision.snapshot as Record<string, unknown>).takedownAt).toBe(takedownAt.toISOString());
    const { exportContent } = await import("@/lib/export/export-content");
    const exported = await exportContent(await getDb());
    expect(exported.articles.find((article) => article.id === saved.id)?.takedownAt).toBe(takedownAt.toISOString());
  });
});

describe("allowed sources", () => {
  it("warn in the editor when the source is not on the list, and not when it is or there is no list", async () => {
    const editor = await contextFor(await createStaff("EDITOR"));
    const article = await saveArticle(editor, articleInput({ source: "某某晚报" }));
    await setMode("UNPUBLISHED", []);
    expect((await editorChecks(editor, article.id)).sourceNotAllowed).toBeNull();
    await setMode("UNPUBLISHED", ["新华社", "中华工商时报"]);
    try {
      expect((await editorChecks(editor, article.id)).sourceNotAllowed).toBe("某某晚报");
      expect((await editorChecks(editor, article.id, { source: "新华社" })).sourceNotAllowed).toBeNull();
      expect((await editorChecks(editor, article.id, { source: " 中华工商时报 " })).sourceNotAllowed).toBeNull();
      expect((await readNewsroomSettings(await getDb())).allowedSources).toEqual(["新华社", "中华工商时报"]);
    } finally {
      await setMode("UNPUBLISHED", []);
    }
  });
});
