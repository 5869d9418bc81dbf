// Every server action × every role, called straight (no UI), as a forged request would be. The
// session and Next's request scope are the only things faked: each action must find its refusal in
// the service layer.
import { rm } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { StaffUser } from "@/lib/auth/session";
import type { UserRole } from "@/lib/generated/prisma/enums";
import { getDb } from "@/lib/db";
import { textToDoc } from "@/lib/newsroom/body";
import { saveArticle } from "@/lib/services/articles/save-article";
import { trashArticle } from "@/lib/services/articles/trash";
import { articleInput, contextFor, createStaff } from "../support/factories";

// Uploads write files: to a folder of this run's own, never to the developer's .data/media.
const mediaDir = await vi.hoisted(async () => {
  const { mkdtemp } = await import("node:fs/promises");
  const { tmpdir } = await import("node:os");
  const { join } = await import("node:path");
  process.env.MEDIA_DIR = await mkdtemp(join(tmpdir(), "masthead-media-matrix-"));
  return process.env.MEDIA_DIR;
});
afterAll(() => rm(mediaDir, { recursive: true, force: true }));

const session = vi.hoisted(() => ({ user: null as StaffUser | null, sessionId: 0 }));
vi.mock("@/lib/auth/session", () => ({
  getCurrentUser: async () => session.user,
  getSignedIn: async () =>
    session.user && { user: session.user, sessionId: session.sessionId, hasTwoFactor: false, pending: null },
  currentSessionToken: async () => null,
  requireUser: async () => {
    throw new Error("pages are not under test here");
  },
}));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-masthead-client-address": "192.0.2.250" }),
  cookies: async () => ({ get: () => undefined, set: () => undefined, delete: () => undefined }),
}));
// Outside a Next request there is no cache to expire.
vi.mock("@/lib/content/revalidate", () => ({ expireTags: () => undefined }));

const { saveArticleAction } = await import("@/lib/actions/articles/save-article");
const { workflowAction } = await import("@/lib/actions/articles/workflow");
const { trashArticleAction, restoreArticleAction, emptyTrashAction } = await import("@/lib/actions/articles/trash");
const { addCorrectionAction } = await import("@/lib/actions/articles/corrections");
const { restoreRevisionAction } = await import("@/lib/actions/articles/restore-revision");
const { previewLinkAction } = await import("@/lib/actions/articles/preview-link");
const { revokePreviewLinksAction } = await import("@/lib/actions/articles/revoke-preview-links");
const { featureAction, retractAction } = await import("@/lib/actions/articles/curation");
const users = await import("@/lib/actions/admin/users");
const { savePersonAction } = await import("@/lib/actions/admin/people");
const taxonomy = await import("@/lib/actions/admin/taxonomy");
const { updateSettingsAction } = await import("@/lib/actions/admin/settings");
const { updateMediaAction } = await import("@/lib/actions/media/update-media");
const { deleteMediaAction } = await import("@/lib/actions/media/delete-media");
const { searchMediaAction } = await import("@/lib/actions/media/search-media");
const { previewImportAction } = await import("@/lib/actions/import/preview-import");
const { createFromImportAction } = await import("@/lib/actions/import/create-from-import");
const { importFileAction } = await import("@/lib/actions/import/import-file");
const { saveTopicAction } = await import("@/lib/actions/topics/save-topic");
const { deleteTopicAction } = await import("@/lib/actions/topics/delete-topic");
const { addTopicArticleAction } = await import("@/lib/actions/topics/add-topic-article");
const { moveTopicArticleAction } = await import("@/lib/actions/topics/move-topic-article");
const { removeTopicArticleAction } = await import("@/lib/actions/topics/remove-topic-article");
const { addLiveEntryAction } = await import("@/lib/actions/live/add-live-entry");
const { updateLiveEntryAction } = await import("@/lib/actions/live/update-live-entry");
const { pinLiveEntryAction } = await import("@/lib/actions/live/pin-live-entry");
const { deleteLiveEntryAction } = await import("@/lib/actions/live/delete-live-entry");
const { createPhraseAction } = await import("@/lib/actions/admin/words/create-phrase");
const { updatePhraseAction } = await import("@/lib/actions/admin/words/update-phrase");
const { deletePhraseAction } = await import("@/lib/actions/admin/words/delete-phrase");
const { addPhrasesAction } = await import("@/lib/actions/admin/words/add-phrases");
const { updateNewsroomSettingsAction } = await import("@/lib/actions/admin/newsroom-settings");
const { checkWordsAction } = await import("@/lib/actions/articles/check-words");
const { createApiKeyAction } = await import("@/lib/actions/admin/api-keys/create-api-key");
const { revokeApiKeyAction } = await import("@/lib/actions/admin/api-keys/revoke-api-key");
const uploadRoute = await import("@/app/api/media/route");
const { signStageAction } = await import("@/lib/actions/review/sign-stage");
const { reviewSendBackAction } = await import("@/lib/actions/review/send-back");
const { overridePublishAction } = await import("@/lib/actions/review/override-publish");
const { updateReviewSettingsAction } = await import("@/lib/actions/review/review-settings");
const { saveReviewStageAction } = await import("@/lib/actions/review/save-stage");
const { moveReviewStageAction } = await import("@/lib/actions/review/move-stage");
const { deleteReviewStageAction } = await import("@/lib/actions/review/delete-stage");
const { createEndpointAction } = await import("@/lib/actions/webhooks/create-endpoint");
const { updateEndpointAction } = await import("@/lib/actions/webhooks/update-endpoint");
const { deleteEndpointAction } = await import("@/lib/actions/webhooks/delete-endpoint");
const { resumeEndpointAction } = await import("@/lib/actions/webhooks/resume-endpoint");
const { retryJobAction } = await import("@/lib/actions/jobs/retry-job");
const { getBoss, stopBoss } = await import("@/lib/jobs/boss");
const { loadChain } = await import("@/lib/services/review/chain");
const { transitionArticle } = await import("@/lib/services/articles/transition");
const { signInAction } = await import("@/lib/actions/auth/sign-in");
const { signOutAction } = await import("@/lib/actions/auth/sign-out");
const { changePasswordAction } = await import("@/lib/actions/account/change-password");
const sessions = await import("@/lib/actions/account/sessions");
const twoFactor = await import("@/lib/actions/account/two-factor");
const { startSession } = await import("@/lib/auth/session-store");
const { seal } = await import("@/lib/auth/secret-box");
const { authSecret } = await import("@/lib/auth/secret");
const { hashPassword } = await import("@/lib/auth/password");
const { generate, generateSecret } = await import("otplib");
const { newMediaId } = await import("@/lib/media/keys");
const { makePng } = await import("../fixtures/media/images");
const tinyPng = await makePng(8, 8);

type Role = UserRole | "ANONYMOUS";
// The body as the editor posts it: the document as JSON.
const BODY = JSON.stringify(textToDoc("正文"));
const ROLES: Role[] = ["ANONYMOUS", "REPORTER", "EDITOR", "ADMIN"];

function form(fields: Record<string, string | number>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, String(value));
  return data;
}

/** "allowed" when the action did its work (or redirected after it), "refused" when it said no. */
async function outcome(run: () => Promise<unknown>): Promise<"allowed" | "refused"> {
  try {
    const result = await run();
    return result && typeof result === "object" && "ok" in result && result.ok === false ? "refused" : "allowed";
  } catch (error) {
    if (error instanceof Error && "digest" in error && String(error.digest).startsWith("NEXT_REDIRECT"))
      return "allowed";
    throw error;
  }
}

const staff = {} as Record<UserRole, StaffUser>;
let otherReporter: StaffUser;
// Own-account actions check the current password: the staff here have a real one.
const PASSWORD = "tangerine-kettle-91-lamp";

beforeAll(async () => {
  const passwordHash = await hashPassword(PASSWORD);
  for (const role of ["REPORTER", "EDITOR", "ADMIN"] as const) {
    staff[role] = await createStaff(role);
    await (await getDb()).user.update({ where: { id: staff[role].id }, data: { passwordHash } });
  }
  otherReporter = await createStaff("REPORTER");
});

const TIMES = { idleMs: 3_600_000, maxAgeMs: 7_200_000 };
const TOTP_SECRET = generateSecret();

async function fixtures(as: StaffUser | null) {
  const admin = await contextFor(staff.ADMIN);
  const othersDraft = await saveArticle(await contextFor(otherReporter), articleInput({ title: "另一位记者的草稿" }));
  const ownDraft = as ? await saveArticle(await contextFor(as), articleInput({ title: "自己的草稿" })) : othersDraft;
  const published = await saveArticle(admin, articleInput({ then: { action: "publish" } }));
  const db = await getDb();
  const revision = await db.revision.findFirstOrThrow({ where: { articleId: othersDraft.id } });
  const section = await db.section.create({
    data: { slug: `s-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`, name: "栏目" },
  });
  const tag = await db.tag.create({
    data: { slug: `t-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`, name: `标签${Math.random()}` },
  });
  const unique = `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
  const topic = await db.topic.create({ data: { slug: `topic-${unique}`, title: "专题" } });
  await db.topicArticle.create({ data: { topicId: topic.id, articleId: published.id, position: 0 } });
  await db.topicArticle.create({ data: { topicId: topic.id, articleId: othersDraft.id, position: 1 } });
  const target = await createStaff("REPORTER");
  // Records only: the permission checks come before any file is touched, and deleting a missing file is no error.
  const image = (createdById: number) =>
    db.media.create({
      data: {
        storageKey: `${newMediaId()}/original.png`,
        mimeType: "image/png",
        width: 8,
        height: 8,
        bytes: 100,
        variants: [],
        createdById,
      },
    });
  const othersImage = await image(otherReporter.id);
  const ownImage = as ? await image(as.id) : othersImage;
  // The acting browser's session and another of the same account; a two-factor enrolment under way.
  const device = { ip: "192.0.2.250", userAgent: "vitest" };
  const current = as ? await startSession(db, as.id, device, TIMES) : null;
  const otherSession = await startSession(db, as?.id ?? otherReporter.id, device, TIMES);
  if (as) {
    await db.user.update({
      where: { id: as.id },
      data: { totpSecret: null, totpLastStep: null, totpPendingSecret: seal(authSecret(), TOTP_SECRET) },
    });
  }
  // A phrase of its own per case, which no other article contains.
  const phrase = await db.sensitivePhrase.create({ data: { phrase: uniquePhrase(), level: "WARN" } });
  // An API key of its own per case (records only: the secret is never needed here).
  const apiKey = await db.apiKey.create({
    data: { name: "矩阵密钥", prefix: "mh_live_matrix", secretHash: `${Math.random()}${Date.now()}` },
  });
  // A paused webhook endpoint (to change, resume, delete) and a failed job (to retry).
  const webhook = await db.webhookEndpoint.create({
    data: {
      url: "https://example.com/hook",
      events: ["article.published"],
      secretSealed: "v1.sealed",
      pausedAt: new Date(),
      pauseReason: "测试",
    },
  });
  const targetWithTwoFactor = await createStaff("EDITOR");
  await db.user.update({ where: { id: targetWithTwoFactor.id }, data: { totpSecret: "v1.sealed" } });
  return {
    othersDraft,
    ownDraft,
    published,
    revision,
    section,
    tag,
    target,
    othersImage,
    ownImage,
    sessionId: current?.sessionId ?? 0,
    otherSession,
    targetWithTwoFactor,
    topic,
    phrase,
    apiKey,
    webhook,
  };
}

// What only a case or two needs is made by those cases (in their run, before the action), not for every
// case: the matrix has some 140 cases for each of four roles.

/** An article in the trash. */
async function trashedArticle() {
  const admin = await contextFor(staff.ADMIN);
  const trashed = await saveArticle(admin, articleInput());
  await trashArticle(admin, trashed.id);
  return trashed;
}

/** A published live coverage and one of its entries. */
async function liveCoverage() {
  const live = await saveArticle(
    await contextFor(staff.ADMIN),
    articleInput({ isLive: true, then: { action: "publish" } }),
  );
  const liveEntry = await (
    await getDb()
  ).liveEntry.create({ data: { articleId: live.id, body: textToDoc("直播条目") } });
  return { live, liveEntry };
}

/** A submitted article of another reporter, and what a reviewer's page shows of its chain. */
async function inReview() {
  const article = await saveArticle(await contextFor(otherReporter), articleInput({ title: "待审稿" }));
  await transitionArticle(await contextFor(otherReporter), article.id, { action: "submit" });
  const chain = await loadChain(await getDb(), article.id);
  return { id: article.id, stageId: chain.state.next?.id ?? 0, contentHash: chain.hash };
}

/** A job of the queue that failed. */
async function failedJob(): Promise<string> {
  const boss = await getBoss();
  await boss.createQueue(FAILING_QUEUE);
  const id = (await boss.send(FAILING_QUEUE, {}, { retryLimit: 0 })) ?? "";
  await boss.fail(FAILING_QUEUE, id, { message: "failed on purpose" });
  return id;
}

function uniquePhrase(): string {
  return `矩阵${Math.random().toString(36).slice(2, 10)}`;
}

/** A stage of this file's own for one case, so that the chain's own stages stay as they are. */
async function withScratchStage<T>(run: (stageId: number) => Promise<T>): Promise<T> {
  const db = await getDb();
  const stage = await db.reviewStage.create({ data: { name: `矩阵环节${Math.random()}`, position: 100 } });
  try {
    return await run(stage.id);
  } finally {
    await db.reviewStage.deleteMany({ where: { id: stage.id } });
  }
}

const FAILING_QUEUE = "test.matrix-failed";

afterAll(async () => {
  await stopBoss();
  await (await getDb()).reviewStage.deleteMany({ where: { name: { startsWith: "矩阵环节" } } });
});

type Fixtures = Awaited<ReturnType<typeof fixtures>>;

const article = (f: Fixtures["othersDraft"]) => ({ id: f.id, version: f.version });

const CASES: Array<{ name: string; allowed: Role[]; run: (f: Fixtures) => Promise<unknown> }> = [
  {
    name: "create an article",
    allowed: ["REPORTER", "EDITOR", "ADMIN"],
    run: () => saveArticleAction(null, form({ title: "新稿", body: BODY })),
  },
  {
    name: "publish a new article",
    allowed: ["EDITOR", "ADMIN"],
    run: () => saveArticleAction(null, form({ title: "新稿", body: BODY, intent: "publish" })),
  },
  {
    name: "edit another reporter's draft",
    allowed: ["EDITOR", "ADMIN"],
    run: (f) => saveArticleAction(null, form({ ...article(f.othersDraft), title: "改", body: BODY })),
  },
  {
    name: "edit own draft",
    allowed: ["REPORTER", "EDITOR", "ADMIN"],
    run: (f) => saveArticleAction(null, form({ ...article(f.ownDraft), title: "改", body: BODY })),
  },
  {
    name: "edit a published article",
    allowed: ["EDITOR", "ADMIN"],
    run: (f) => saveArticleAction(null, form({ ...article(f.published), title: "改", body: BODY })),
  },
  {
    name: "submit own draft",
    allowed: ["REPORTER", "EDITOR", "ADMIN"],
    run: (f) => workflowAction(null, form({ ...article(f.ownDraft), action: "submit" })),
  },
  {
    name: "submit another reporter's draft",
    allowed: ["EDITOR", "ADMIN"],
    run: (f) => workflowAction(null, form({ ...article(f.othersDraft), action: "submit" })),
  },
  {
    name: "publish a draft",
    allowed: ["EDITOR", "ADMIN"],
    run: (f) => workflowAction(null, form({ ...article(f.ownDraft), action: "publish" })),
  },
  {
    name: "schedule a draft",
    allowed: ["EDITOR", "ADMIN"],
    run: (f) => workflowAction(null, form({ ...article(f.ownDraft), action: "schedule", at: "2099-01-01 08:00" })),
  },
  {
    name: "unpublish",
    allowed: ["EDITOR", "ADMIN"],
    run: (f) => workflowAction(null, form({ ...article(f.published), action: "unpublish" })),
  },
  {
    name: "archive",
    allowed: ["EDITOR", "ADMIN"],
    run: (f) => workflowAction(null, form({ ...article(f.published), action: "archive" })),
  },
  {
    name: "trash another reporter's draft",
    allowed: ["EDITOR", "ADMIN"],
    run: (f) => trashArticleAction(null, form({ id: f.othersDraft.id })),
  },
  {
    name: "trash own draft",
    allowed: ["REPORTER", "EDITOR", "ADMIN"],
    run: (f) => trashArticleAction(null, form({ id: f.ownDraft.id })),
  },
  {
    name: "restore from the trash",
    allowed: ["EDITOR", "ADMIN"],
    run: async () => restoreArticleAction(null, form({ id: (await trashedArticle()).id })),
  },
  { name: "empty the trash", allowed: ["ADMIN"], run: () => emptyTrashAction(null, form({})) },
  {
    name: "add a correction",
    allowed: ["EDITOR", "ADMIN"],
    run: (f) => addCorrectionAction(null, form({ id: f.published.id, kind: "CORRECTION", text: "更正" })),
  },
  {
    name: "restore a revision of another's draft",
    allowed: ["EDITOR", "ADMIN"],
    run: (f) =>
      restoreRevisionAction(
        null,
        form({ id: f.othersDraft.id, revisionId: f.revision.id, version: f.othersDraft.version }),
      ),
  },
  {
    name: "share a preview of another's draft",
    allowed: ["EDITOR", "ADMIN"],
    run: (f) => previewLinkAction(null, form({ id: f.othersDraft.id })),
  },
  {
    name: "share a preview of own draft",
    allowed: ["REPORTER", "EDITOR", "ADMIN"],
    run: (f) => previewLinkAction(null, form({ id: f.ownDraft.id })),
  },
  {
    name: "revoke the preview links of another's draft",
    allowed: ["EDITOR", "ADMIN"],
    run: (f) => revokePreviewLinksAction(null, form({ id: f.othersDraft.id })),
  },
  {
    name: "revoke the preview links of own draft",
    allowed: ["REPORTER", "EDITOR", "ADMIN"],
    run: (f) => revokePreviewLinksAction(null, form({ id: f.ownDraft.id })),
  },
  {
    name: "feature on the home page",
    allowed: ["EDITOR", "ADMIN"],
    run: (f) => featureAction(null, form({ id: f.published.id, featured: "true" })),
  },
  {
    name: "retract",
    allowed: ["EDITOR", "ADMIN"],
    run: (f) => retractAction(null, form({ id: f.published.id, note: "撤稿说明" })),
  },
  {
    name: "create an account",
    allowed: ["ADMIN"],
    run: () =>
      users.createUserAction(
        null,
        form({ email: `u${Date.now()}${Math.random()}@t.test`.replace("0.", ""), name: "新人", role: "REPORTER" }),
      ),
  },
  {
    name: "change a role",
    allowed: ["ADMIN"],
    run: (f) => users.changeRoleAction(null, form({ userId: f.target.id, role: "EDITOR" })),
  },
  {
    name: "disable an account",
    allowed: ["ADMIN"],
    run: (f) => users.setDisabledAction(null, form({ userId: f.target.id, disabled: "true" })),
  },
  {
    name: "reset a password",
    allowed: ["ADMIN"],
    run: (f) => users.resetPasswordAction(null, form({ userId: f.target.id })),
  },
  { name: "add a person", allowed: ["EDITOR", "ADMIN"], run: () => savePersonAction(null, form({ name: "通讯员某" })) },
  {
    name: "save a section",
    allowed: ["EDITOR", "ADMIN"],
    run: (f) => taxonomy.saveSectionAction(null, form({ id: f.section.id, slug: f.section.slug, name: "新名" })),
  },
  {
    name: "delete a section",
    allowed: ["EDITOR", "ADMIN"],
    run: (f) => taxonomy.deleteSectionAction(null, form({ id: f.section.id })),
  },
  {
    name: "rename a tag",
    allowed: ["EDITOR", "ADMIN"],
    run: (f) => taxonomy.renameTagAction(null, form({ id: f.tag.id, name: `新标签${Math.random()}` })),
  },
  {
    name: "delete a tag",
    allowed: ["EDITOR", "ADMIN"],
    run: (f) => taxonomy.deleteTagAction(null, form({ id: f.tag.id })),
  },
  {
    name: "add a credit role",
    allowed: ["ADMIN"],
    run: () =>
      taxonomy.createCreditRoleAction(
        null,
        form({ key: `R${Date.now()}`.slice(0, 20), nameZh: "翻译", nameEn: "Translator", placement: "BYLINE" }),
      ),
  },
  {
    name: "create a topic",
    allowed: ["EDITOR", "ADMIN"],
    run: () =>
      saveTopicAction(
        null,
        form({ slug: `new-topic-${Date.now()}${Math.random()}`.replace(".", ""), title: "新专题" }),
      ),
  },
  {
    name: "edit a topic",
    allowed: ["EDITOR", "ADMIN"],
    run: (f) => saveTopicAction(null, form({ id: f.topic.id, slug: f.topic.slug, title: "改名的专题" })),
  },
  {
    name: "delete a topic",
    allowed: ["EDITOR", "ADMIN"],
    run: (f) => deleteTopicAction(null, form({ id: f.topic.id })),
  },
  {
    name: "add an article to a topic",
    allowed: ["EDITOR", "ADMIN"],
    run: (f) => addTopicArticleAction(null, form({ topicId: f.topic.id, articleId: f.ownDraft.id })),
  },
  {
    name: "reorder a topic's articles",
    allowed: ["EDITOR", "ADMIN"],
    run: (f) =>
      moveTopicArticleAction(null, form({ topicId: f.topic.id, articleId: f.published.id, direction: "down" })),
  },
  {
    name: "remove an article from a topic",
    allowed: ["EDITOR", "ADMIN"],
    run: (f) => removeTopicArticleAction(null, form({ topicId: f.topic.id, articleId: f.published.id })),
  },
  {
    name: "add a live entry",
    allowed: ["EDITOR", "ADMIN"],
    run: async () =>
      addLiveEntryAction(null, form({ articleId: (await liveCoverage()).live.id, text: "新的直播条目" })),
  },
  {
    name: "edit a live entry",
    allowed: ["EDITOR", "ADMIN"],
    run: async () =>
      updateLiveEntryAction(null, form({ entryId: (await liveCoverage()).liveEntry.id, text: "改过的直播条目" })),
  },
  {
    name: "pin a live entry",
    allowed: ["EDITOR", "ADMIN"],
    run: async () => pinLiveEntryAction(null, form({ entryId: (await liveCoverage()).liveEntry.id, pinned: "true" })),
  },
  {
    name: "delete a live entry",
    allowed: ["EDITOR", "ADMIN"],
    run: async () => deleteLiveEntryAction(null, form({ entryId: (await liveCoverage()).liveEntry.id })),
  },
  {
    name: "upload an image (POST /api/media)",
    allowed: ["REPORTER", "EDITOR", "ADMIN"],
    run: () => {
      const body = new FormData();
      body.set("file", new Blob([tinyPng.data], { type: "image/png" }), "tiny.png");
      return uploadRoute.POST(new Request("http://localhost/api/media", { method: "POST", body }));
    },
  },
  {
    name: "search the media library",
    allowed: ["REPORTER", "EDITOR", "ADMIN"],
    run: () => searchMediaAction({ q: "tiny" }),
  },
  {
    name: "describe own image",
    allowed: ["REPORTER", "EDITOR", "ADMIN"],
    run: (f) =>
      updateMediaAction(null, form({ id: f.ownImage.id, alt: "替代文字", caption: "说明", credit: "摄影者" })),
  },
  {
    name: "describe another's image",
    allowed: ["EDITOR", "ADMIN"],
    run: (f) => updateMediaAction(null, form({ id: f.othersImage.id, alt: "替代文字" })),
  },
  {
    name: "delete own image",
    allowed: ["REPORTER", "EDITOR", "ADMIN"],
    run: (f) => deleteMediaAction(null, form({ id: f.ownImage.id })),
  },
  {
    name: "delete another's image",
    allowed: ["EDITOR", "ADMIN"],
    run: (f) => deleteMediaAction(null, form({ id: f.othersImage.id })),
  },
  {
    name: "reset another account's two-factor sign-in",
    allowed: ["ADMIN"],
    run: (f) => users.resetTwoFactorAction(null, form({ userId: f.targetWithTwoFactor.id })),
  },
  {
    name: "sign in with the form",
    allowed: ["ANONYMOUS", "REPORTER", "EDITOR", "ADMIN"],
    run: () => signInAction({ step: "password" }, form({ email: staff.EDITOR.email, password: PASSWORD })),
  },
  { name: "sign out", allowed: ["ANONYMOUS", "REPORTER", "EDITOR", "ADMIN"], run: () => signOutAction() },
  {
    name: "change one's own password",
    allowed: ["REPORTER", "EDITOR", "ADMIN"],
    run: () =>
      changePasswordAction(null, form({ currentPassword: PASSWORD, newPassword: PASSWORD, confirmPassword: PASSWORD })),
  },
  {
    name: "sign out another of one's own sessions",
    allowed: ["REPORTER", "EDITOR", "ADMIN"],
    run: (f) => sessions.endSessionAction(null, form({ sessionId: f.otherSession.sessionId })),
  },
  {
    name: "sign out everywhere",
    allowed: ["REPORTER", "EDITOR", "ADMIN"],
    run: () => sessions.endAllSessionsAction(null, form({})),
  },
  {
    name: "turn on one's own two-factor sign-in",
    allowed: ["REPORTER", "EDITOR", "ADMIN"],
    run: async () => twoFactor.enableTwoFactorAction(null, form({ code: await generate({ secret: TOTP_SECRET }) })),
  },
  {
    name: "make new recovery codes",
    allowed: ["REPORTER", "EDITOR", "ADMIN"],
    run: async () => {
      await enrolled();
      return twoFactor.regenerateRecoveryCodesAction(null, form({ currentPassword: PASSWORD }));
    },
  },
  {
    name: "turn off one's own two-factor sign-in",
    allowed: ["REPORTER", "EDITOR", "ADMIN"],
    run: async () => {
      await enrolled();
      return twoFactor.disableTwoFactorAction(null, form({ currentPassword: PASSWORD }));
    },
  },
  {
    name: "change site settings",
    allowed: ["ADMIN"],
    run: () => updateSettingsAction(null, form({ bylineStyle: "zh" })),
  },
  {
    name: "add a sensitive phrase",
    allowed: ["ADMIN"],
    run: () => createPhraseAction(null, form({ phrase: uniquePhrase(), level: "WARN" })),
  },
  {
    name: "change a sensitive phrase",
    allowed: ["ADMIN"],
    run: (f) => updatePhraseAction(null, form({ id: f.phrase.id, phrase: f.phrase.phrase, level: "BLOCK" })),
  },
  {
    name: "delete a sensitive phrase",
    allowed: ["ADMIN"],
    run: (f) => deletePhraseAction(null, form({ id: f.phrase.id })),
  },
  {
    name: "paste sensitive phrases",
    allowed: ["ADMIN"],
    run: () => addPhrasesAction(null, form({ lines: `${uniquePhrase()}\n${uniquePhrase()}`, level: "WARN" })),
  },
  {
    name: "create a content API key",
    allowed: ["ADMIN"],
    run: () => createApiKeyAction(null, form({ name: "合作网站" })),
  },
  {
    name: "revoke a content API key",
    allowed: ["ADMIN"],
    run: (f) => revokeApiKeyAction(null, form({ id: f.apiKey.id })),
  },
  {
    name: "register a webhook endpoint",
    allowed: ["ADMIN"],
    run: () =>
      createEndpointAction(
        null,
        form({ url: "https://example.com/new-hook", description: "", enabled: "on", "event:article.published": "on" }),
      ),
  },
  {
    name: "change a webhook endpoint",
    allowed: ["ADMIN"],
    run: (f) =>
      updateEndpointAction(
        null,
        form({
          id: f.webhook.id,
          url: "https://example.com/changed",
          description: "改",
          "event:article.trashed": "on",
        }),
      ),
  },
  {
    name: "resume a paused webhook endpoint",
    allowed: ["ADMIN"],
    run: (f) => resumeEndpointAction(null, form({ id: f.webhook.id })),
  },
  {
    name: "delete a webhook endpoint",
    allowed: ["ADMIN"],
    run: (f) => deleteEndpointAction(null, form({ id: f.webhook.id })),
  },
  {
    name: "retry a failed job",
    allowed: ["ADMIN"],
    run: async () => retryJobAction(null, form({ name: FAILING_QUEUE, id: await failedJob() })),
  },
  {
    name: "change the take-down and reprint settings",
    allowed: ["ADMIN"],
    run: () => updateNewsroomSettingsAction(null, form({ takedownMode: "UNPUBLISHED", allowedSources: "" })),
  },
  {
    name: "check the words of own draft",
    allowed: ["REPORTER", "EDITOR", "ADMIN"],
    run: (f) => checkWordsAction(null, form({ id: f.ownDraft.id, title: "改", body: BODY })),
  },
  {
    name: "check the words of another reporter's draft",
    allowed: ["EDITOR", "ADMIN"],
    run: (f) => checkWordsAction(null, form({ id: f.othersDraft.id, title: "改", body: BODY })),
  },
  {
    name: "check the words of a new article",
    allowed: ["REPORTER", "EDITOR", "ADMIN"],
    run: () => checkWordsAction(null, form({ title: "新稿", body: BODY })),
  },
  {
    name: "sign a review stage",
    allowed: ["EDITOR", "ADMIN"],
    run: async () => signStageAction(null, form({ ...(await inReview()), note: "同意" })),
  },
  {
    name: "send back from a review stage",
    allowed: ["EDITOR", "ADMIN"],
    run: async () => reviewSendBackAction(null, form({ id: (await inReview()).id, note: "请补充来源" })),
  },
  {
    name: "publish past the review chain with a reason",
    allowed: ["ADMIN"],
    run: (f) => overridePublishAction(null, form({ id: f.ownDraft.id, reason: "突发新闻,总编辑同意" })),
  },
  {
    name: "change the review settings",
    allowed: ["ADMIN"],
    run: () => updateReviewSettingsAction(null, form({ stagesRequired: 0 })),
  },
  {
    name: "add a review stage",
    allowed: ["ADMIN"],
    run: () => saveReviewStageAction(null, form({ name: `矩阵环节${Math.random()}`, "role-EDITOR": "on" })),
  },
  {
    name: "rename a review stage and choose its signers",
    allowed: ["ADMIN"],
    run: (f) =>
      withScratchStage((id) =>
        saveReviewStageAction(null, form({ id, name: `矩阵环节${Math.random()}`, [`user-${f.target.id}`]: "on" })),
      ),
  },
  {
    name: "move a review stage",
    allowed: ["ADMIN"],
    run: () => withScratchStage((id) => moveReviewStageAction(null, form({ id, direction: "up" }))),
  },
  {
    name: "remove a review stage",
    allowed: ["ADMIN"],
    run: () => withScratchStage((id) => deleteReviewStageAction(null, form({ id }))),
  },
  {
    name: "preview pasted wire copy",
    allowed: ["REPORTER", "EDITOR", "ADMIN"],
    run: () => previewImportAction(null, form({ text: wireCopy() })),
  },
  {
    name: "create an article from wire copy",
    allowed: ["REPORTER", "EDITOR", "ADMIN"],
    run: () =>
      createFromImportAction(
        null,
        form({ text: wireCopy(), title: `导入 ${Math.random()}`, source: "", publishedAt: "", publish: "false" }),
      ),
  },
  {
    name: "import one file of a batch",
    allowed: ["REPORTER", "EDITOR", "ADMIN"],
    run: async () => {
      const item = await importFileAction({ name: "a.txt", text: wireCopy(), publish: false });
      return item.status === "failed" ? { ok: false } : item;
    },
  },
];

/** The acting account with two-factor sign-in already on. */
async function enrolled() {
  if (!session.user) return;
  await (
    await getDb()
  ).user.update({ where: { id: session.user.id }, data: { totpSecret: seal(authSecret(), TOTP_SECRET) } });
}

/** Wire copy as an editor pastes it; a title of its own each time, so it is never a duplicate. */
function wireCopy(): string {
  return `导入测试 ${Math.random().toString(36).slice(2)}\n\n本报讯 这是导入的正文。`;
}

describe.each(ROLES)("as %s", (role) => {
  it.each(CASES)("$name", async ({ allowed, run }) => {
    const user = role === "ANONYMOUS" ? null : staff[role];
    const f = await fixtures(user);
    session.user = user;
    session.sessionId = f.sessionId;
    try {
      expect(await outcome(() => run(f))).toBe(allowed.includes(role) ? "allowed" : "refused");
    } finally {
      session.user = null;
    }
  });
});

// The same actions as a forged request with broken input would call them: each is refused with a
// message, before any service runs, and none of them throws (a throw would be a 500).
const BAD_IDS = ["abc", "0", "-1", "1.5", "1e3", "", "2147483648", "99999999999999999999"];

const BAD_INPUT: Array<{ name: string; run: (id: string) => Promise<unknown>; emptyIsNone?: true }> = [
  { name: "save an article", run: (id) => saveArticleAction(null, form({ id, version: id, title: "改", body: BODY })) },
  { name: "workflow", run: (id) => workflowAction(null, form({ id, action: "publish" })) },
  { name: "trash", run: (id) => trashArticleAction(null, form({ id })) },
  { name: "restore from the trash", run: (id) => restoreArticleAction(null, form({ id })) },
  { name: "correction", run: (id) => addCorrectionAction(null, form({ id, kind: "CORRECTION", text: "更正" })) },
  { name: "restore a revision", run: (id) => restoreRevisionAction(null, form({ id: 1, revisionId: id, version: 1 })) },
  { name: "preview link", run: (id) => previewLinkAction(null, form({ id })) },
  { name: "revoke preview links", run: (id) => revokePreviewLinksAction(null, form({ id })) },
  { name: "feature", run: (id) => featureAction(null, form({ id, featured: "true" })) },
  { name: "retract", run: (id) => retractAction(null, form({ id, note: "撤稿说明" })) },
  { name: "change a role", run: (id) => users.changeRoleAction(null, form({ userId: id, role: "EDITOR" })) },
  { name: "disable an account", run: (id) => users.setDisabledAction(null, form({ userId: id, disabled: "true" })) },
  { name: "reset a password", run: (id) => users.resetPasswordAction(null, form({ userId: id })) },
  { name: "save a person", run: (id) => savePersonAction(null, form({ id, name: "某人" })) },
  {
    name: "link a person to an account",
    run: (id) => savePersonAction(null, form({ name: "某人", userId: id })),
    // No account at all, for a person who has none.
    emptyIsNone: true,
  },
  { name: "save a section", run: (id) => taxonomy.saveSectionAction(null, form({ id, slug: "s", name: "栏目" })) },
  { name: "delete a section", run: (id) => taxonomy.deleteSectionAction(null, form({ id })) },
  { name: "rename a tag", run: (id) => taxonomy.renameTagAction(null, form({ id, name: "新名" })) },
  { name: "delete a tag", run: (id) => taxonomy.deleteTagAction(null, form({ id })) },
  { name: "describe an image", run: (id) => updateMediaAction(null, form({ id, alt: "替代文字" })) },
  { name: "delete an image", run: (id) => deleteMediaAction(null, form({ id })) },
  { name: "save a topic", run: (id) => saveTopicAction(null, form({ id, slug: "t", title: "专题" })) },
  { name: "delete a topic", run: (id) => deleteTopicAction(null, form({ id })) },
  { name: "add to a topic", run: (id) => addTopicArticleAction(null, form({ topicId: id, articleId: 1 })) },
  { name: "add a topic's article", run: (id) => addTopicArticleAction(null, form({ topicId: 1, articleId: id })) },
  {
    name: "reorder a topic",
    run: (id) => moveTopicArticleAction(null, form({ topicId: id, articleId: 1, direction: "up" })),
  },
  { name: "remove from a topic", run: (id) => removeTopicArticleAction(null, form({ topicId: id, articleId: 1 })) },
  { name: "add a live entry", run: (id) => addLiveEntryAction(null, form({ articleId: id, text: "条目" })) },
  {
    name: "a live entry's image",
    run: (id) => addLiveEntryAction(null, form({ articleId: 1, text: "条目", imageId: id })),
    // No image at all, for an entry of text.
    emptyIsNone: true,
  },
  { name: "edit a live entry", run: (id) => updateLiveEntryAction(null, form({ entryId: id, text: "条目" })) },
  { name: "pin a live entry", run: (id) => pinLiveEntryAction(null, form({ entryId: id, pinned: "true" })) },
  { name: "delete a live entry", run: (id) => deleteLiveEntryAction(null, form({ entryId: id })) },
  {
    name: "change a sensitive phrase",
    run: (id) => updatePhraseAction(null, form({ id, phrase: "词", level: "WARN" })),
  },
  { name: "delete a sensitive phrase", run: (id) => deletePhraseAction(null, form({ id })) },
  { name: "check an article's words", run: (id) => checkWordsAction(null, form({ id, title: "改", body: BODY })) },
  { name: "revoke a content API key", run: (id) => revokeApiKeyAction(null, form({ id })) },
  {
    name: "sign a review stage",
    run: (id) => signStageAction(null, form({ id, stageId: id, contentHash: "0".repeat(64) })),
  },
  { name: "send back from a review stage", run: (id) => reviewSendBackAction(null, form({ id, note: "退回" })) },
  { name: "override the review chain", run: (id) => overridePublishAction(null, form({ id, reason: "突发新闻" })) },
  { name: "rename a review stage", run: (id) => saveReviewStageAction(null, form({ id, name: "环节" })) },
  { name: "move a review stage", run: (id) => moveReviewStageAction(null, form({ id, direction: "up" })) },
  { name: "remove a review stage", run: (id) => deleteReviewStageAction(null, form({ id })) },
  {
    name: "change a webhook endpoint",
    run: (id) => updateEndpointAction(null, form({ id, url: "https://example.com/", "event:article.published": "on" })),
  },
  { name: "resume a webhook endpoint", run: (id) => resumeEndpointAction(null, form({ id })) },
  { name: "delete a webhook endpoint", run: (id) => deleteEndpointAction(null, form({ id })) },
  { name: "retry a job", run: (id) => retryJobAction(null, form({ name: "webhook.deliver", id })) },
];

describe("bad input is refused with a message, never an error", () => {
  it.each(BAD_INPUT)("$name", async ({ run, emptyIsNone }) => {
    session.user = staff.ADMIN;
    try {
      for (const id of BAD_IDS.filter((bad) => !(emptyIsNone && bad === ""))) {
        const result = (await run(id)) as { ok: boolean; message: string };
        expect(result, `id ${JSON.stringify(id)}`).toMatchObject({ ok: false, message: expect.any(String) });
        expect(result.message).not.toBe("");
      }
      // A well-formed id of no row is the service's to refuse: not found, not a database error.
      const missing = (await run("2147483647")) as { ok: boolean };
      expect(missing.ok).toBe(false);
    } finally {
      session.user = null;
    }
  });

  it("other forged fields: an unknown workflow action, a yes/no that is neither, a file that is no file", async () => {
    session.user = staff.ADMIN;
    try {
      expect(await workflowAction(null, form({ id: 1, action: "destroy" }))).toMatchObject({ ok: false });
      expect(await featureAction(null, form({ id: 1, featured: "maybe" }))).toMatchObject({ ok: false });
      expect(await workflowAction(null, form({ id: 1, action: "schedule", at: "明天" }))).toMatchObject({
        ok: false,
        message: "无法识别的时间,请按 2022-08-05 13:48 的格式填写",
      });
      const forged = { name: { toString: "x" }, text: 42, publish: "yes" } as unknown as Parameters<
        typeof importFileAction
      >[0];
      expect(await importFileAction(forged)).toMatchObject({ file: "", status: "failed" });
      expect(await searchMediaAction({ q: "x".repeat(1000) })).toMatchObject({ ok: false });
      const body = new FormData();
      body.set("id", new Blob(["1"]));
      expect(await trashArticleAction(null, body)).toMatchObject({ ok: false });
    } finally {
      session.user = null;
    }
  });

  it("a refusal for lack of rights is recorded in the audit log", async () => {
    const reporter = await createStaff("REPORTER");
    session.user = reporter;
    try {
      const result = await saveArticleAction(null, form({ title: "越权发布", body: BODY, intent: "publish" }));
      expect(result).toMatchObject({ ok: false, code: "forbidden" });
    } finally {
      session.user = null;
    }
    const entry = await (
      await getDb()
    ).auditEntry.findFirst({ where: { actorId: reporter.id, action: "action.refused" } });
    expect(entry?.details).toMatchObject({ action: "article.save" });
  });
});
