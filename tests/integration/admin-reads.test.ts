import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { getArticleForEdit, listArticlesForAdmin, listRevisions } from "@/lib/services/articles/admin-queries";
import { previewForStaff } from "@/lib/services/articles/preview";
import { saveArticle } from "@/lib/services/articles/save-article";
import { transitionArticle } from "@/lib/services/articles/transition";
import { articleInput, contextFor, createStaff } from "../support/factories";
import { expectServiceError } from "../support/expect-error";

describe("admin reads by id", () => {
  it("refuse a reporter another reporter's draft, its history and its preview", async () => {
    const owner = await createStaff("REPORTER");
    const other = await createStaff("REPORTER");
    const editor = await createStaff("EDITOR");
    const draft = await saveArticle(await contextFor(owner), articleInput());
    const db = await getDb();

    await expectServiceError(getArticleForEdit(db, other, draft.id), "forbidden");
    await expectServiceError(listRevisions(db, other, draft.id), "forbidden");
    await expectServiceError(previewForStaff(db, other, draft.id), "forbidden");
    expect((await getArticleForEdit(db, owner, draft.id)).editable).toBe(true);
    expect((await getArticleForEdit(db, editor, draft.id)).editable).toBe(true);
    await expectServiceError(getArticleForEdit(db, editor, 987_654_321), "not_found");
  });
});

describe("the article list", () => {
  it("filters by status, section, author, date and title, and pages through", async () => {
    const db = await getDb();
    const author = await createStaff("EDITOR");
    const ctx = await contextFor(author);
    const section = await db.section.create({ data: { slug: `list-${Date.now()}`, name: "列表测试" } });
    const marker = `筛选${Date.now()}`;
    const ids: number[] = [];
    for (let index = 0; index < 27; index += 1) {
      const saved = await saveArticle(
        ctx,
        articleInput({ title: `${marker} 第${index}篇`, sectionId: index % 2 ? section.id : null }),
      );
      ids.push(saved.id);
    }
    await transitionArticle(ctx, ids[0] ?? 0, { action: "publish" });

    const page1 = await listArticlesForAdmin(db, author, { q: marker });
    expect(page1.total).toBe(27);
    expect(page1.articles).toHaveLength(25);
    expect(page1.pages).toBe(2);
    expect((await listArticlesForAdmin(db, author, { q: marker, page: 2 })).articles).toHaveLength(2);
    expect((await listArticlesForAdmin(db, author, { q: marker, status: "PUBLISHED" })).total).toBe(1);
    expect((await listArticlesForAdmin(db, author, { q: marker, sectionId: section.id })).total).toBe(13);
    expect((await listArticlesForAdmin(db, author, { q: marker, authorId: author.id + 100_000 })).total).toBe(0);
    expect((await listArticlesForAdmin(db, author, { q: marker, from: new Date(Date.now() + 86_400_000) })).total).toBe(
      0,
    );
    expect((await listArticlesForAdmin(db, author, { q: marker, to: new Date(Date.now() + 86_400_000) })).total).toBe(
      27,
    );

    const reporter = await createStaff("REPORTER");
    expect((await listArticlesForAdmin(db, reporter, { q: marker })).total).toBe(0);
  });
});
