// The reprint fields (转载: 原作者, 原标题, 原文链接), added through the field declaration only: posted by
// the editor's form, saved, kept in revisions, compared, restored, exported and imported.
import { describe, expect, it, vi } from "vitest";
import type { StaffUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { exportContent } from "@/lib/export/export-content";
import { exportSchema } from "@/lib/export/format";
import { getMessages } from "@/lib/i18n";
import { articleSnapshotSchema, diffSnapshots } from "@/lib/newsroom/article-snapshot";
import { textToDoc } from "@/lib/newsroom/body";
import { restoreRevision } from "@/lib/services/articles/restore-revision";
import { saveArticle } from "@/lib/services/articles/save-article";
import { articleInput, contextFor, createStaff } from "../support/factories";

const session = vi.hoisted(() => ({ user: null as StaffUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => session.user }));
vi.mock("@/lib/content/revalidate", () => ({ expireTags: () => undefined }));

const { saveArticleAction } = await import("@/lib/actions/articles/save-article");

const REPRINT = {
  originalAuthor: "李华",
  originalTitle: "龙泉驿区工商联助力乡村振兴",
  originalUrl: "https://www.example.com.cn/news/2022/0805/1.html",
};

function editorForm(fields: Record<string, string>): FormData {
  const form = new FormData();
  form.set("body", JSON.stringify(textToDoc("正文。")));
  form.set("credits", "[]");
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  return form;
}

async function revisionsOf(articleId: number) {
  return (await getDb()).revision.findMany({ where: { articleId }, orderBy: { id: "asc" } });
}

describe("reprint fields", () => {
  it("are saved from the editor's form, and a link that is not http(s) is refused with the input kept", async () => {
    session.user = await createStaff("EDITOR");
    const title = `转载测试 ${Date.now()}`;
    const refused = await saveArticleAction(
      null,
      editorForm({ title, ...REPRINT, originalUrl: "javascript:alert(1)", intent: "autosave" }),
    );
    expect(refused && !refused.ok && refused.fieldErrors.originalUrl).toEqual(["原文链接须是 http(s) 网址"]);
    expect(refused && !refused.ok && refused.values.originalAuthor).toBe("李华");

    const saved = await saveArticleAction(null, editorForm({ title, ...REPRINT, intent: "autosave" }));
    const id = saved && saved.ok ? saved.id : 0;
    const row = await (await getDb()).article.findUniqueOrThrow({ where: { id } });
    expect({
      originalAuthor: row.originalAuthor,
      originalTitle: row.originalTitle,
      originalUrl: row.originalUrl,
    }).toEqual(REPRINT);
    session.user = null;
  });

  it("are kept in revisions, shown in the diff, and come back on restore", async () => {
    const ctx = await contextFor(await createStaff("EDITOR"));
    const first = await saveArticle(ctx, articleInput({ ...REPRINT }));
    // A save that leaves them out keeps them; one that empties them clears them.
    const kept = await saveArticle(ctx, { title: "改了标题", id: first.id, version: first.version });
    const cleared = await saveArticle(ctx, {
      originalAuthor: null,
      originalTitle: null,
      originalUrl: null,
      id: first.id,
      version: kept.version,
    });
    const snapshots = (await revisionsOf(first.id)).map((revision) => articleSnapshotSchema.parse(revision.snapshot));
    expect(snapshots.map((snapshot) => snapshot.originalAuthor)).toEqual(["李华", "李华", null]);

    const words = getMessages("zh-CN").admin;
    const diff = diffSnapshots(snapshots[1]!, snapshots[2]!, {
      fields: words.ui.articleFields.fields,
      blocks: words.history.blocks,
    });
    expect(diff.fields.map((field) => field.label)).toEqual(["原作者", "原标题", "原文链接"]);

    const [original] = await revisionsOf(first.id);
    await restoreRevision(ctx, first.id, original!.id, cleared.version);
    const restored = await (await getDb()).article.findUniqueOrThrow({ where: { id: first.id } });
    expect(restored.originalTitle).toBe(REPRINT.originalTitle);
    expect(restored.title).toBe(snapshots[0]!.title);
  });

  it("travel in the export file, and an export written before them still reads", async () => {
    const ctx = await contextFor(await createStaff("EDITOR"));
    const saved = await saveArticle(ctx, articleInput({ ...REPRINT }));
    const exported = await exportContent(await getDb());
    const article = exported.articles.find((candidate) => candidate.id === saved.id);
    expect(article).toMatchObject(REPRINT);

    const older = JSON.parse(JSON.stringify(exported)) as { articles: Array<Record<string, unknown>> };
    for (const row of older.articles) for (const name of Object.keys(REPRINT)) delete row[name];
    const parsed = exportSchema.parse(older).articles.find((candidate) => candidate.id === saved.id);
    expect(parsed).toMatchObject({ originalAuthor: null, originalTitle: null, originalUrl: null });
  });
});
