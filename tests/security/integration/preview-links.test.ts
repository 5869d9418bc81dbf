// Issue 9 §6: preview links can be revoked, and every use is audited. A revoked link stays dead even
// though its signature and expiry are still good; links made afterwards work.
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { saveArticle } from "@/lib/services/articles/save-article";
import { createPreviewLink, previewByToken, revokePreviewLinks } from "@/lib/services/articles/preview";
import { expectServiceError } from "../../support/expect-error";
import { articleInput, contextFor, createStaff } from "../../support/factories";

const tokenOf = (link: string) => link.slice(link.lastIndexOf("/") + 1);

describe("preview links", () => {
  it("are revoked all at once, and each view is audited with who opened it", async () => {
    const db = await getDb();
    const reporter = await createStaff("REPORTER");
    const ctx = await contextFor(reporter);
    const draft = await saveArticle(ctx, articleInput());
    const first = tokenOf(await createPreviewLink(ctx, draft.id, 48));
    const second = tokenOf(await createPreviewLink(ctx, draft.id, 1));
    const viewer = { address: "198.51.100.7", userAgent: "Mozilla/5.0 (X11; Linux x86_64) Chrome/130" };

    expect((await previewByToken(db, first, new Date(), viewer))?.id).toBe(draft.id);
    const views = await db.auditEntry.findMany({ where: { articleId: draft.id, action: "article.previewView" } });
    expect(views).toHaveLength(1);
    expect(views[0]?.actorId).toBeNull();
    expect(views[0]?.details).toMatchObject({ address: "198.51.100.7", userAgent: viewer.userAgent });

    await revokePreviewLinks(ctx, draft.id);
    expect(await previewByToken(db, first, new Date(), viewer)).toBeNull();
    expect(await previewByToken(db, second, new Date(), viewer)).toBeNull();
    // A refused link is not a view.
    expect(await db.auditEntry.count({ where: { articleId: draft.id, action: "article.previewView" } })).toBe(1);

    const fresh = tokenOf(await createPreviewLink(ctx, draft.id, 48));
    expect((await previewByToken(db, fresh, new Date(), viewer))?.id).toBe(draft.id);
    const actions = (await db.auditEntry.findMany({ where: { articleId: draft.id }, orderBy: { id: "asc" } })).map(
      (entry) => entry.action,
    );
    expect(actions.filter((action) => action.startsWith("article.preview"))).toEqual([
      "article.previewLink",
      "article.previewLink",
      "article.previewView",
      "article.previewRevoke",
      "article.previewLink",
      "article.previewView",
    ]);
  });

  it("may be revoked by whoever may share them, and by no one else", async () => {
    const owner = await createStaff("REPORTER");
    const other = await createStaff("REPORTER");
    const draft = await saveArticle(await contextFor(owner), articleInput());
    await expectServiceError(revokePreviewLinks(await contextFor(other), draft.id), "forbidden");
    await revokePreviewLinks(await contextFor(await createStaff("EDITOR")), draft.id);
    await expectServiceError(revokePreviewLinks(await contextFor(owner), 2_147_483_647), "not_found");
  });
});
