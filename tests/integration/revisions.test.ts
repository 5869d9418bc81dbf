import { describe, expect, it } from "vitest";
import { findPublishedArticle } from "@/lib/content/queries";
import { getDb } from "@/lib/db";
import { getMessages } from "@/lib/i18n";
import { articleSnapshotSchema, diffSnapshots } from "@/lib/newsroom/article-snapshot";
import { textToDoc } from "@/lib/newsroom/body";
import { restoreRevision } from "@/lib/services/articles/restore-revision";
import { ConflictError, saveArticle } from "@/lib/services/articles/save-article";
import { articleInput, contextFor, createStaff, publishedArticle } from "../support/factories";
import { expectServiceError } from "../support/expect-error";

async function revisionsOf(articleId: number) {
  return (await getDb()).revision.findMany({ where: { articleId }, orderBy: { id: "asc" } });
}

describe("revisions", () => {
  it("keeps a full snapshot of every save, with who and when", async () => {
    const editor = await createStaff("EDITOR");
    const ctx = await contextFor(editor);
    const first = await saveArticle(ctx, articleInput({ title: "第一版", tags: ["甲"] }));
    await saveArticle(ctx, {
      ...articleInput({ title: "第二版", body: textToDoc("改过的正文。") }),
      id: first.id,
      version: first.version,
    });
    const revisions = await revisionsOf(first.id);
    expect(revisions.map((revision) => [revision.kind, revision.version, revision.authorId])).toEqual([
      ["SAVE", 1, editor.id],
      ["SAVE", 2, editor.id],
    ]);
    const [a, b] = revisions.map((revision) => articleSnapshotSchema.parse(revision.snapshot));
    expect(a?.tags).toEqual(["甲"]);
    expect(a?.credits[0]).toEqual({ roleKey: "REPORTER", name: "陈明", affiliation: "中华工商时报" });
    const words = getMessages("zh-CN").admin;
    const diff =
      a && b ? diffSnapshots(a, b, { fields: words.ui.articleFields.fields, blocks: words.history.blocks }) : null;
    expect(diff?.fields.map((field) => field.label)).toEqual(["标题", "标签"]);
    expect(diff?.body.map((change) => change.kind)).toEqual(["delete", "delete", "change"]);
  });

  it("restoring an old revision is a new revision, and history only grows", async () => {
    const ctx = await contextFor(await createStaff("EDITOR"));
    const first = await saveArticle(ctx, articleInput({ title: "原来的标题" }));
    const second = await saveArticle(ctx, {
      ...articleInput({ title: "改坏的标题" }),
      id: first.id,
      version: first.version,
    });
    const [original] = await revisionsOf(first.id);
    const restored = await restoreRevision(ctx, first.id, original?.id ?? 0, second.version);
    const article = await (await getDb()).article.findUniqueOrThrow({ where: { id: first.id } });
    expect(article.title).toBe("原来的标题");
    expect(restored.version).toBe(3);
    expect((await revisionsOf(first.id)).map((revision) => revision.kind)).toEqual(["SAVE", "SAVE", "RESTORE"]);
  });

  it("coalesces consecutive autosaves, and keeps autosaves of a live article away from readers", async () => {
    const ctx = await contextFor(await createStaff("EDITOR"));
    const draft = await saveArticle(ctx, articleInput({ title: "草稿" }));
    const auto1 = await saveArticle(ctx, {
      ...articleInput({ title: "自动保存一" }),
      id: draft.id,
      version: draft.version,
      autosave: true,
    });
    await saveArticle(ctx, {
      ...articleInput({ title: "自动保存二" }),
      id: draft.id,
      version: auto1.version,
      autosave: true,
    });
    expect((await revisionsOf(draft.id)).map((revision) => revision.kind)).toEqual(["SAVE", "AUTOSAVE"]);

    const live = await publishedArticle(ctx, { title: "已发布的标题" });
    const kept = await saveArticle(ctx, {
      ...articleInput({ title: "还没改完" }),
      id: live.id,
      version: live.version,
      autosave: true,
    });
    expect(kept.keptAside).toBe(true);
    expect(kept.version).toBe(live.version);
    expect((await findPublishedArticle(await getDb(), live.id, new Date()))?.title).toBe("已发布的标题");
    const last = (await revisionsOf(live.id)).at(-1);
    expect(last?.kind).toBe("AUTOSAVE");
    expect(articleSnapshotSchema.parse(last?.snapshot).title).toBe("还没改完");
  });
});

describe("two people editing the same article", () => {
  it("refuses the second save, names who changed it, and keeps the refused text as a revision", async () => {
    const first = await createStaff("EDITOR", `编辑甲${Date.now()}`);
    const second = await createStaff("EDITOR", `编辑乙${Date.now()}`);
    const created = await saveArticle(await contextFor(first), articleInput({ title: "原标题" }));

    await saveArticle(await contextFor(first), {
      ...articleInput({ title: "甲的修改" }),
      id: created.id,
      version: created.version,
    });
    const refusedBody = textToDoc("乙精心写的一段话,不能丢。");
    const error = await expectServiceError(
      saveArticle(await contextFor(second), {
        ...articleInput({ title: "乙的修改", body: refusedBody }),
        id: created.id,
        version: created.version,
      }),
      "conflict",
    );
    expect(error.message).toContain(first.name);

    const stored = await (await getDb()).article.findUniqueOrThrow({ where: { id: created.id } });
    expect(stored.title).toBe("甲的修改");
    const conflict = (await revisionsOf(created.id)).find((revision) => revision.kind === "CONFLICT");
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).revisionId).toBe(conflict?.id);
    expect(conflict?.authorId).toBe(second.id);
    const kept = articleSnapshotSchema.parse(conflict?.snapshot);
    expect(kept.title).toBe("乙的修改");
    expect(kept.body).toEqual(refusedBody);
  });

  it("lets exactly one of two simultaneous saves from the same version through", async () => {
    const a = await createStaff("EDITOR");
    const b = await createStaff("EDITOR");
    const created = await saveArticle(await contextFor(a), articleInput());
    const results = await Promise.allSettled([
      saveArticle(await contextFor(a), { ...articleInput({ title: "A" }), id: created.id, version: created.version }),
      saveArticle(await contextFor(b), { ...articleInput({ title: "B" }), id: created.id, version: created.version }),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((result) => result.status === "rejected");
    expect(rejected?.status === "rejected" && rejected.reason).toBeInstanceOf(ConflictError);
  });
});

describe("a save sent again after its answer was lost", () => {
  it("is saved, not refused as a rival edit, and adds no revision", async () => {
    const editor = await createStaff("EDITOR");
    const ctx = await contextFor(editor);
    const created = await saveArticle(ctx, articleInput({ title: "原标题" }));
    const edit = { ...articleInput({ title: "改后的标题", body: textToDoc("改后的正文。") }), id: created.id };
    const first = await saveArticle(ctx, { ...edit, version: created.version });
    const before = await revisionsOf(created.id);
    // The retry carries the version the form had before the first save was answered.
    const again = await saveArticle(ctx, { ...edit, version: created.version });
    expect(again.version).toBe(first.version);
    expect(await revisionsOf(created.id)).toHaveLength(before.length);
    const stored = await (await getDb()).article.findUniqueOrThrow({ where: { id: created.id } });
    expect([stored.title, stored.version]).toEqual(["改后的标题", first.version]);
  });

  it("tells editors whose own newer save (another tab) stands in the way that it was theirs", async () => {
    const editor = await createStaff("EDITOR", `编辑丙${Date.now()}`);
    const ctx = await contextFor(editor);
    const created = await saveArticle(ctx, articleInput({ title: "原标题" }));
    await saveArticle(ctx, {
      ...articleInput({ title: "另一个标签页的修改" }),
      id: created.id,
      version: created.version,
    });
    const error = await expectServiceError(
      saveArticle(ctx, { ...articleInput({ title: "这个标签页的修改" }), id: created.id, version: created.version }),
      "conflict",
    );
    expect(error.message).toContain("你本人");
    expect(error.message).not.toContain(editor.name);
    const kept = (await revisionsOf(created.id)).filter((revision) => revision.kind === "CONFLICT");
    expect(articleSnapshotSchema.parse(kept.at(-1)?.snapshot).title).toBe("这个标签页的修改");
  });
});
