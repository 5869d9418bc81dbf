import { describe, expect, it } from "vitest";
import {
  can,
  canDecideArticle,
  canEditArticle,
  canPostLiveEntry,
  canRestoreFromTrash,
  canSubmitArticle,
  canTrashArticle,
  canViewArticle,
  SITE_PERMISSIONS,
  type Actor,
  type ArticleRef,
} from "@/lib/auth/permissions";

const admin: Actor = { id: 1, role: "ADMIN" };
const editor: Actor = { id: 2, role: "EDITOR" };
const reporter: Actor = { id: 3, role: "REPORTER" };
const draftBy = (id: number, status: ArticleRef["status"] = "DRAFT"): ArticleRef => ({ createdById: id, status });

describe("site permissions", () => {
  it("gives admins everything, editors the newsroom, reporters only writing", () => {
    const granted = (actor: Actor) =>
      Object.keys(SITE_PERMISSIONS).filter((key) => can(actor, key as keyof typeof SITE_PERMISSIONS));
    expect(granted(admin)).toEqual(Object.keys(SITE_PERMISSIONS));
    expect(granted(editor)).toEqual([
      "account.own",
      "article.create",
      "article.publish",
      "article.viewAll",
      "people.manage",
      "sections.manage",
      "tags.manage",
      "topics.manage",
      "words.view",
      "readership.viewAll",
    ]);
    expect(granted(reporter)).toEqual(["account.own", "article.create"]);
    expect(can({ id: null, role: "ADMIN" }, "account.own")).toBe(false);
  });
});

describe("article permissions", () => {
  it("lets a reporter edit, submit and bin only their own drafts", () => {
    expect(canEditArticle(reporter, draftBy(3))).toBe(true);
    expect(canEditArticle(reporter, draftBy(4))).toBe(false);
    expect(canEditArticle(reporter, draftBy(3, "IN_REVIEW"))).toBe(false);
    expect(canEditArticle(reporter, draftBy(3, "PUBLISHED"))).toBe(false);
    expect(canSubmitArticle(reporter, draftBy(3))).toBe(true);
    expect(canSubmitArticle(reporter, draftBy(4))).toBe(false);
    expect(canTrashArticle(reporter, draftBy(3))).toBe(true);
    expect(canTrashArticle(reporter, draftBy(3, "PUBLISHED"))).toBe(false);
    expect(canViewArticle(reporter, draftBy(4))).toBe(false);
    expect(canDecideArticle(reporter, draftBy(3))).toBe(false);
  });

  it("lets editors edit and decide on anything outside the trash, but not edit the archive", () => {
    expect(canEditArticle(editor, draftBy(3, "PUBLISHED"))).toBe(true);
    expect(canEditArticle(editor, draftBy(3, "ARCHIVED"))).toBe(false);
    expect(canEditArticle(editor, { ...draftBy(3), deletedAt: new Date() })).toBe(false);
    expect(canDecideArticle(editor, draftBy(3, "IN_REVIEW"))).toBe(true);
    expect(canRestoreFromTrash(editor, { ...draftBy(3), deletedAt: new Date() })).toBe(true);
    expect(canRestoreFromTrash(reporter, { ...draftBy(3), deletedAt: new Date() })).toBe(false);
  });

  it("lets editors, not reporters, write live entries, on anything outside the trash", () => {
    expect(canPostLiveEntry(editor, draftBy(3, "PUBLISHED"))).toBe(true);
    expect(canPostLiveEntry(editor, { ...draftBy(3, "PUBLISHED"), deletedAt: new Date() })).toBe(false);
    expect(canPostLiveEntry(reporter, draftBy(3, "PUBLISHED"))).toBe(false);
  });
});
