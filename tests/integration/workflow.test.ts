import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { saveArticle } from "@/lib/services/articles/save-article";
import { transitionArticle } from "@/lib/services/articles/transition";
import { articleInput, contextFor, createStaff } from "../support/factories";
import { expectServiceError } from "../support/expect-error";

async function auditActions(articleId: number) {
  const entries = await (await getDb()).auditEntry.findMany({ where: { articleId }, orderBy: { id: "asc" } });
  return entries.map((entry) => entry.action);
}

describe("editorial workflow", () => {
  it("a reporter submits, an editor sends back with a note, the reporter revises, the editor publishes", async () => {
    const reporter = await createStaff("REPORTER");
    const editor = await createStaff("EDITOR");
    const asReporter = await contextFor(reporter);
    const asEditor = await contextFor(editor);

    const draft = await saveArticle(asReporter, articleInput({ title: "记者初稿" }));
    const submitted = await transitionArticle(asReporter, draft.id, { action: "submit" });
    expect(submitted.status).toBe("IN_REVIEW");
    // Once submitted, the reporter can no longer change it.
    await expectServiceError(
      saveArticle(asReporter, { ...articleInput(), id: draft.id, version: submitted.version }),
      "forbidden",
    );

    const back = await transitionArticle(asEditor, draft.id, { action: "sendBack", note: "请补充采访对象" });
    expect(back.status).toBe("DRAFT");
    expect(back.reviewNote).toBe("请补充采访对象");

    const revised = await saveArticle(asReporter, {
      ...articleInput({ title: "记者修改稿" }),
      id: draft.id,
      version: back.version,
    });
    await transitionArticle(asReporter, draft.id, { action: "submit" });
    const published = await transitionArticle(asEditor, draft.id, { action: "publish" });
    expect(published.status).toBe("PUBLISHED");
    expect(published.title).toBe("记者修改稿");
    expect(revised.version).toBeGreaterThan(back.version);
    expect(await auditActions(draft.id)).toEqual([
      "article.submit",
      "article.sendBack",
      "article.submit",
      "article.publish",
    ]);
  });

  it("refuses moves the workflow does not have, and scheduling in the past", async () => {
    const ctx = await contextFor(await createStaff("EDITOR"));
    const draft = await saveArticle(ctx, articleInput());
    await expectServiceError(transitionArticle(ctx, draft.id, { action: "unpublish" }), "validation");
    await expectServiceError(
      transitionArticle(ctx, draft.id, { action: "schedule", at: new Date(Date.now() - 60_000) }),
      "validation",
    );
    const scheduled = await transitionArticle(ctx, draft.id, {
      action: "schedule",
      at: new Date(Date.now() + 3_600_000),
    });
    expect(scheduled.status).toBe("SCHEDULED");
    await transitionArticle(ctx, draft.id, { action: "publish" });
    await transitionArticle(ctx, draft.id, { action: "unpublish" });
    const archived = await transitionArticle(ctx, draft.id, { action: "archive" });
    expect(archived.status).toBe("ARCHIVED");
    await expectServiceError(transitionArticle(ctx, draft.id, { action: "publish" }), "validation");
    expect((await transitionArticle(ctx, draft.id, { action: "unarchive" })).status).toBe("DRAFT");
  });

  it("refuses a step taken from an outdated page", async () => {
    const ctx = await contextFor(await createStaff("EDITOR"));
    const draft = await saveArticle(ctx, articleInput());
    await saveArticle(ctx, { ...articleInput(), id: draft.id, version: draft.version });
    await expectServiceError(transitionArticle(ctx, draft.id, { action: "publish" }, draft.version), "conflict");
  });
});
