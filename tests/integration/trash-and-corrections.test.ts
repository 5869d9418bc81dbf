import { describe, expect, it } from "vitest";
import { findPublishedArticle, listPublishedArticles } from "@/lib/content/queries";
import { getDb } from "@/lib/db";
import { addCorrection } from "@/lib/services/articles/corrections";
import { emptyTrash, restoreFromTrash, trashArticle } from "@/lib/services/articles/trash";
import { contextFor, createStaff, publishedArticle } from "../support/factories";
import { expectServiceError } from "../support/expect-error";

describe("trash", () => {
  it("hides a deleted article; an editor restores it; only an admin empties the trash", async () => {
    const editor = await contextFor(await createStaff("EDITOR"));
    const admin = await contextFor(await createStaff("ADMIN"));
    const reporter = await contextFor(await createStaff("REPORTER"));
    const article = await publishedArticle(editor);
    const db = await getDb();

    await trashArticle(editor, article.id);
    expect(await findPublishedArticle(db, article.id, new Date())).toBeNull();
    await expectServiceError(restoreFromTrash(reporter, article.id), "forbidden");
    await restoreFromTrash(editor, article.id);
    expect(await findPublishedArticle(db, article.id, new Date())).not.toBeNull();

    await trashArticle(editor, article.id);
    await expectServiceError(emptyTrash(editor), "forbidden");
    expect(await db.article.count({ where: { id: article.id } })).toBe(1);
    expect(await emptyTrash(admin)).toBeGreaterThanOrEqual(1);
    expect(await db.article.count({ where: { id: article.id } })).toBe(0);
    const audit = await db.auditEntry.findFirst({ where: { action: "trash.empty" }, orderBy: { id: "desc" } });
    expect(audit?.actorId).toBe(admin.actor.id);
  });
});

describe("corrections", () => {
  it("adds a dated public note, changes the modified time, and shows in public reads", async () => {
    const ctx = await contextFor(await createStaff("EDITOR"));
    const article = await publishedArticle(ctx);
    const db = await getDb();
    const before = await findPublishedArticle(db, article.id, new Date());
    const at = new Date(Date.now() + 60_000);
    await addCorrection({ ...ctx, now: () => at }, article.id, {
      kind: "CORRECTION",
      text: "本文此前将“廖生权”误写为“廖升权”,现已更正。",
    });
    const after = await findPublishedArticle(db, article.id, new Date());
    expect(after?.corrections).toEqual([
      { kind: "CORRECTION", text: "本文此前将“廖生权”误写为“廖升权”,现已更正。", at: at.toISOString() },
    ]);
    expect(after?.modifiedAt).toBe(at.toISOString());
    expect(after?.modifiedAt).not.toBe(before?.modifiedAt);
    const listed = (await listPublishedArticles(db, new Date(), 1000)).find((item) => item.id === article.id);
    expect(listed?.corrections).toHaveLength(1);
  });

  it("refuses an empty note, a note on a draft, and a reporter's note", async () => {
    const editor = await contextFor(await createStaff("EDITOR"));
    const reporter = await contextFor(await createStaff("REPORTER"));
    const article = await publishedArticle(editor);
    await expectServiceError(addCorrection(editor, article.id, { kind: "CORRECTION", text: "  " }), "validation");
    await expectServiceError(addCorrection(reporter, article.id, { kind: "CORRECTION", text: "改" }), "forbidden");
  });
});
