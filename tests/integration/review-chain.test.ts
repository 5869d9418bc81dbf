// The review chain (三审) on the real database: sign-offs bound to the content they approved, publishing
// refused until the chain is complete on the current revision, send-back, override and the scheduler.
import { afterEach, describe, expect, it } from "vitest";
import type { StaffUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { articleSnapshotSchema } from "@/lib/newsroom/article-snapshot";
import { textToDoc } from "@/lib/newsroom/body";
import { reviewedContentHash } from "@/lib/newsroom/review-content";
import { runScheduled } from "@/lib/services/articles/run-scheduled";
import { saveArticle } from "@/lib/services/articles/save-article";
import { transitionArticle } from "@/lib/services/articles/transition";
import { loadChain } from "@/lib/services/review/chain";
import { updateReviewSettings } from "@/lib/services/review/review-settings";
import { sendBackFromStage, signStage } from "@/lib/services/review/sign-off";
import { listStages } from "@/lib/services/review/stages";
import { expectServiceError } from "../support/expect-error";
import { articleInput, contextFor, createStaff, type Clock } from "../support/factories";

const HOUR = 3_600_000;

async function requireStages(count: number, distinctSigners = true) {
  await updateReviewSettings(await contextFor(await createStaff("ADMIN")), {
    stagesRequired: count,
    distinctSigners,
    showResponsibleEditor: false,
  });
}

// The chain is a site setting: every other test file expects publishing as it was.
afterEach(() => requireStages(0, false));

/** Signs the article's next stage as `who`, with the content `who` sees now. */
async function sign(who: StaffUser, articleId: number, note?: string, clock?: Clock) {
  const chain = await loadChain(await getDb(), articleId);
  if (!chain.state.next) throw new Error("nothing left to sign");
  return signStage(await contextFor(who, [], clock), {
    articleId,
    stageId: chain.state.next.id,
    contentHash: chain.hash,
    note,
  });
}

async function nextStageName(articleId: number) {
  return (await loadChain(await getDb(), articleId)).state.next?.name ?? null;
}

async function newsroom() {
  return {
    reporter: await createStaff("REPORTER"),
    first: await createStaff("EDITOR", "初审编辑"),
    second: await createStaff("EDITOR", "复审编辑"),
    chief: await createStaff("EDITOR", "终审编辑"),
    admin: await createStaff("ADMIN"),
  };
}

async function submittedDraft(reporter: StaffUser, title = "待审稿件") {
  const ctx = await contextFor(reporter);
  const draft = await saveArticle(ctx, articleInput({ title }));
  return transitionArticle(ctx, draft.id, { action: "submit" });
}

describe("the review chain", () => {
  it("ships with 初审 → 复审 → 终审", async () => {
    expect((await listStages(await getDb())).map((stage) => stage.name)).toEqual(["初审", "复审", "终审"]);
  });

  it("an edit after 复审 undoes the sign-offs, and publishing is refused until the chain is signed again", async () => {
    await requireStages(3);
    const { reporter, first, second, chief } = await newsroom();
    const article = await submittedDraft(reporter);
    const asChief = await contextFor(chief);

    const refused = await expectServiceError(
      transitionArticle(asChief, article.id, { action: "publish" }),
      "validation",
    );
    expect(refused.message).toContain("初审、复审、终审");

    await sign(first, article.id, "事实已核对");
    await sign(second, article.id);
    expect(await nextStageName(article.id)).toBe("终审");

    // The chief changes a sentence after 复审: both sign-offs stop counting.
    const current = await (await getDb()).article.findUniqueOrThrow({ where: { id: article.id } });
    const edited = await saveArticle(asChief, {
      id: article.id,
      version: current.version,
      body: textToDoc("第一段,终审时改过。\n## 小标题\n第二段。"),
    });
    expect(await nextStageName(article.id)).toBe("初审");
    const undone = await (await getDb()).reviewSignOff.findMany({ where: { articleId: article.id } });
    expect(undone.map((signOff) => signOff.invalidatedReason)).toEqual(["edited", "edited"]);
    const again = await expectServiceError(
      transitionArticle(asChief, article.id, { action: "publish" }, edited.version),
      "validation",
    );
    expect(again.message).toContain("尚缺初审、复审、终审");

    // Signed again, by the same people for the same stages, on the edited text.
    await sign(first, article.id);
    await sign(second, article.id);
    // No one signs two stages: the 初审 editor cannot also give the 终审.
    const twice = await expectServiceError(sign(first, article.id), "validation");
    expect(twice.message).toContain("同一人不能签发两个环节");
    await sign(chief, article.id, "同意发布");
    const published = await transitionArticle(asChief, article.id, { action: "publish" });
    expect(published.status).toBe("PUBLISHED");

    // What went out is exactly the revision the final stage approved.
    const db = await getDb();
    const final = await db.reviewSignOff.findFirstOrThrow({
      where: { articleId: article.id, stageName: "终审", invalidatedAt: null },
      include: { revision: true },
    });
    const approved = articleSnapshotSchema.parse(final.revision?.snapshot);
    const chain = await loadChain(db, article.id);
    expect(reviewedContentHash(approved)).toBe(chain.hash);
    expect(chain.state.complete).toBe(true);
    const actions = (await db.auditEntry.findMany({ where: { articleId: article.id }, orderBy: { id: "asc" } })).map(
      (entry) => entry.action,
    );
    expect(actions.filter((action) => action === "review.signOff")).toHaveLength(5);
  });

  it("a resave of the same content keeps the sign-offs; a signer who saw older content is refused", async () => {
    await requireStages(2);
    const { reporter, first, second } = await newsroom();
    const article = await submittedDraft(reporter);
    const stale = await loadChain(await getDb(), article.id);
    await sign(first, article.id);
    const asSecond = await contextFor(second);
    const row = await (await getDb()).article.findUniqueOrThrow({ where: { id: article.id } });
    // The same text saved again, with only the dateline time moved: not a change of content.
    await saveArticle(asSecond, {
      id: article.id,
      version: row.version,
      publishedAt: new Date("2030-01-01T00:00:00Z"),
    });
    expect(await nextStageName(article.id)).toBe("复审");

    const changed = await (await getDb()).article.findUniqueOrThrow({ where: { id: article.id } });
    await saveArticle(asSecond, { id: article.id, version: changed.version, title: "改了标题" });
    const conflict = await expectServiceError(
      signStage(asSecond, { articleId: article.id, stageId: stale.state.next?.id ?? 0, contentHash: stale.hash }),
      "conflict",
    );
    expect(conflict.message).toContain("已被修改");
  });

  it("only a stage's signers sign it, and signing needs no chain setting", async () => {
    const { reporter, first } = await newsroom();
    const article = await submittedDraft(reporter);
    await expectServiceError(sign(reporter, article.id), "forbidden");
    await sign(first, article.id);
    expect(await nextStageName(article.id)).toBe("复审");
    // Publishing needs no review while the setting is 0.
    const published = await transitionArticle(await contextFor(first), article.id, { action: "publish" });
    expect(published.status).toBe("PUBLISHED");
  });

  it("a stage sends the article back with a note, and the chain starts again", async () => {
    await requireStages(3);
    const { reporter, first, second } = await newsroom();
    const article = await submittedDraft(reporter);
    await sign(first, article.id);
    await expectServiceError(sendBackFromStage(await contextFor(reporter), article.id, "自己退回"), "forbidden");
    await expectServiceError(sendBackFromStage(await contextFor(second), article.id, "  "), "validation");
    await sendBackFromStage(await contextFor(second), article.id, "请补充消息来源");
    const back = await (await getDb()).article.findUniqueOrThrow({ where: { id: article.id } });
    expect(back).toMatchObject({ status: "DRAFT", reviewNote: "请补充消息来源" });
    expect(await nextStageName(article.id)).toBe("初审");
    const entry = await (
      await getDb()
    ).auditEntry.findFirstOrThrow({
      where: { articleId: article.id, action: "review.sendBack" },
    });
    expect(entry.details).toMatchObject({ stage: "复审", note: "请补充消息来源" });
  });

  it("an admin may publish past the chain with a written reason, which is audited", async () => {
    await requireStages(3);
    const { reporter, chief, admin } = await newsroom();
    const article = await submittedDraft(reporter);
    await expectServiceError(
      transitionArticle(await contextFor(chief), article.id, { action: "publish", overrideReason: "突发新闻" }),
      "forbidden",
    );
    await expectServiceError(
      transitionArticle(await contextFor(admin), article.id, { action: "publish", overrideReason: " " }),
      "validation",
    );
    const published = await transitionArticle(await contextFor(admin), article.id, {
      action: "publish",
      overrideReason: "突发新闻,总编辑电话同意",
    });
    expect(published.status).toBe("PUBLISHED");
    const entry = await (
      await getDb()
    ).auditEntry.findFirstOrThrow({
      where: { articleId: article.id, action: "review.override" },
    });
    expect(entry).toMatchObject({ actorId: admin.id, details: { reason: "突发新闻,总编辑电话同意" } });
  });

  it("content readers see cannot change under the chain; a take-down, edit and new review can", async () => {
    await requireStages(1);
    const { reporter, first } = await newsroom();
    const article = await submittedDraft(reporter);
    await sign(first, article.id);
    const asFirst = await contextFor(first);
    const published = await transitionArticle(asFirst, article.id, { action: "publish" });
    const refused = await expectServiceError(
      saveArticle(asFirst, { id: article.id, version: published.version, title: "发布后改标题" }),
      "validation",
    );
    expect(refused.message).toContain("请先撤回");
    const row = await (await getDb()).article.findUniqueOrThrow({ where: { id: article.id } });
    expect(row.title).toBe("待审稿件");
  });

  it("the scheduler does not publish an article whose chain an edit undid, and does once it is signed again", async () => {
    await requireStages(1);
    const clock: Clock = { now: new Date("2031-03-01T00:00:00Z") };
    const { reporter, first, second } = await newsroom();
    const article = await submittedDraft(reporter);
    await sign(first, article.id, undefined, clock);
    const at = new Date(clock.now.getTime() + HOUR);
    const asSecond = await contextFor(second, [], clock);
    const scheduled = await transitionArticle(asSecond, article.id, { action: "schedule", at });
    expect(scheduled.status).toBe("SCHEDULED");
    await saveArticle(asSecond, { id: article.id, version: scheduled.version, title: "定时前又改了标题" });

    const db = await getDb();
    const due = await runScheduled(db, new Date(at.getTime() + 1000));
    expect(due.published).not.toContain(article.id);
    expect(due.failed.find((failure) => failure.id === article.id)?.reason).toContain("审核未完成");
    expect((await db.article.findUniqueOrThrow({ where: { id: article.id } })).status).toBe("SCHEDULED");

    await sign(second, article.id, undefined, clock);
    const later = await runScheduled(db, new Date(at.getTime() + 2000));
    expect(later.published).toContain(article.id);
  });

  it("an embargo cannot be lifted early while the chain is incomplete", async () => {
    const { reporter, first, admin } = await newsroom();
    const clock: Clock = { now: new Date("2031-04-01T00:00:00Z") };
    const embargoUntil = new Date(clock.now.getTime() + 24 * HOUR);
    const asAdmin = await contextFor(admin, [], clock);
    const draft = await saveArticle(await contextFor(reporter, [], clock), articleInput({ embargoUntil }));
    const submitted = await transitionArticle(await contextFor(reporter, [], clock), draft.id, { action: "submit" });
    const at = new Date(clock.now.getTime() + HOUR);
    const scheduled = await transitionArticle(asAdmin, draft.id, { action: "schedule", at });
    expect(submitted.status).toBe("IN_REVIEW");
    await requireStages(1);
    const refused = await expectServiceError(
      saveArticle(asAdmin, { id: draft.id, version: scheduled.version, embargoUntil: null }),
      "validation",
    );
    expect(refused.message).toContain("不能提前解除禁发");
    await sign(first, draft.id, undefined, clock);
    const lifted = await saveArticle(asAdmin, { id: draft.id, version: scheduled.version, embargoUntil: null });
    expect(lifted.status).toBe("SCHEDULED");
  });
});
