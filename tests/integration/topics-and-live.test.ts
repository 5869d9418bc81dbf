import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { findLiveCoverage } from "@/lib/content/live-queries";
import { TAGS } from "@/lib/content/tags";
import {
  articleTopics,
  decodeTopicCursor,
  sitemapTopics,
  topicFeedContent,
  topicPage,
} from "@/lib/content/topic-queries";
import { getDb } from "@/lib/db";
import { textToDoc } from "@/lib/newsroom/body";
import { retractArticle } from "@/lib/services/articles/curation";
import { runScheduled } from "@/lib/services/articles/run-scheduled";
import { saveArticle } from "@/lib/services/articles/save-article";
import { transitionArticle } from "@/lib/services/articles/transition";
import { articlesUsingMedia } from "@/lib/services/media/media-usage";
import { addLiveEntry, deleteLiveEntry, pinLiveEntry, updateLiveEntry } from "@/lib/services/live/live-entries";
import {
  addTopicArticle,
  deleteTopic,
  moveTopicArticle,
  removeTopicArticle,
  saveTopic,
} from "@/lib/services/topics/manage-topics";
import { articleInput, contextFor, createStaff, publishedArticle, type Clock } from "../support/factories";
import { expectServiceError } from "../support/expect-error";

const slug = (name: string) => `${name}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
const topicInput = (name: string) => ({ slug: slug(name), title: `专题${name}`, description: null, coverId: null });
const entry = (text: string, credit: string | null = null) => ({
  body: textToDoc(text),
  imageId: null,
  personId: null,
  credit,
});

/** Every page of a topic, walked by its cursor. */
async function walk(topicSlug: string, size: number): Promise<number[][]> {
  const db = await getDb();
  const pages: number[][] = [];
  let cursor: string | null = null;
  do {
    const page = await topicPage(db, topicSlug, decodeTopicCursor(cursor), new Date(), size);
    if (!page) throw new Error("no topic");
    pages.push(page.articles.map((article) => article.id));
    cursor = page.next;
  } while (cursor && pages.length < 20);
  return pages;
}

describe("topics", () => {
  it("list their articles in the editor's order, page by page, and follow moves and removals", async () => {
    const changes: string[][] = [];
    const editor = await contextFor(await createStaff("EDITOR"), changes);
    const input = topicInput("order");
    const topicId = await saveTopic(editor, null, input);
    const ids: number[] = [];
    for (let index = 0; index < 5; index += 1) ids.push((await publishedArticle(editor)).id);
    for (const id of ids) await addTopicArticle(editor, topicId, id);
    expect(await walk(input.slug, 2)).toEqual([ids.slice(0, 2), ids.slice(2, 4), ids.slice(4)]);

    await moveTopicArticle(editor, topicId, ids[4] ?? 0, "up");
    await moveTopicArticle(editor, topicId, ids[0] ?? 0, "down");
    // At the top already: nothing moves.
    await moveTopicArticle(editor, topicId, ids[1] ?? 0, "up");
    await removeTopicArticle(editor, topicId, ids[2] ?? 0);
    const order = [ids[1], ids[0], ids[4], ids[3]];
    expect((await walk(input.slug, 3)).flat()).toEqual(order);
    expect((await walk(input.slug, 1)).flat()).toEqual(order);

    // An article can be in several topics, and its page links to each.
    const other = await saveTopic(editor, null, topicInput("other"));
    await addTopicArticle(editor, other, ids[0] ?? 0);
    const db = await getDb();
    expect((await articleTopics(db, ids[0] ?? 0)).map((topic) => topic.title)).toEqual([input.title, "专题other"]);
    // Every one of the 12 topic changes above expired the topics' pages.
    expect(changes.filter((tags) => tags.includes(TAGS.topics))).toHaveLength(12);
  });

  it("never show a draft, an embargoed, a retracted or a trashed article, on the page, in the feed or the sitemap", async () => {
    const db = await getDb();
    const editor = await contextFor(await createStaff("EDITOR"));
    const input = topicInput("visible");
    const topicId = await saveTopic(editor, null, input);
    const draft = await saveArticle(editor, articleInput({ title: "专题里的草稿" }));
    const embargoed = await publishedArticle(editor, { embargoUntil: new Date(Date.now() + 86_400_000) });
    const retracted = await publishedArticle(editor);
    const trashed = await publishedArticle(editor);
    for (const article of [draft, embargoed, retracted, trashed]) await addTopicArticle(editor, topicId, article.id);
    await retractArticle(editor, retracted.id, "撤稿");
    await db.article.update({ where: { id: trashed.id }, data: { deletedAt: new Date() } });

    expect((await topicPage(db, input.slug, null, new Date(), 20))?.articles).toEqual([]);
    expect((await topicFeedContent(db, input.slug, new Date(), 50))?.articles).toEqual([]);
    expect((await sitemapTopics(db, new Date())).map((topic) => topic.slug)).not.toContain(input.slug);

    await transitionArticle(editor, draft.id, { action: "publish" });
    expect((await topicPage(db, input.slug, null, new Date(), 20))?.articles.map((article) => article.id)).toEqual([
      draft.id,
    ]);
    expect((await topicFeedContent(db, input.slug, new Date(), 50))?.articles.map((article) => article.id)).toEqual([
      draft.id,
    ]);
    expect((await sitemapTopics(db, new Date())).map((topic) => topic.slug)).toContain(input.slug);
    // After the embargo it shows, without anyone touching the topic.
    const later = new Date(Date.now() + 2 * 86_400_000);
    expect((await topicPage(db, input.slug, null, later, 20))?.articles.map((article) => article.id)).toEqual([
      draft.id,
      embargoed.id,
    ]);
  });

  it("refuse reporters, bad slugs, taken slugs, unknown articles and doubles, and keep what was there", async () => {
    const db = await getDb();
    const editor = await contextFor(await createStaff("EDITOR"));
    const reporter = await contextFor(await createStaff("REPORTER"));
    const input = topicInput("rules");
    await expectServiceError(saveTopic(reporter, null, input), "forbidden");
    const topicId = await saveTopic(editor, null, input);
    await expectServiceError(saveTopic(editor, null, { ...input, title: "同名网址" }), "validation");
    await expectServiceError(saveTopic(editor, topicId, { ...input, slug: "带 空格" }), "validation");
    await expectServiceError(saveTopic(editor, topicId, { ...input, coverId: 2_000_000_000 }), "validation");
    const article = await publishedArticle(editor);
    await addTopicArticle(editor, topicId, article.id);
    await expectServiceError(addTopicArticle(editor, topicId, article.id), "validation");
    await expectServiceError(addTopicArticle(editor, topicId, 2_000_000_000), "validation");
    await expectServiceError(addTopicArticle(reporter, topicId, article.id), "forbidden");
    await expectServiceError(addTopicArticle(editor, 2_000_000_000, article.id), "not_found");
    await expectServiceError(removeTopicArticle(editor, topicId, 2_000_000_000), "validation");
    await expectServiceError(deleteTopic(reporter, topicId), "forbidden");
    const kept = await db.topic.findUniqueOrThrow({ where: { id: topicId }, include: { articles: true } });
    expect(kept).toMatchObject({ title: input.title, slug: input.slug });
    expect(kept.articles.map((link) => link.articleId)).toEqual([article.id]);
    expect(
      await db.auditEntry.count({
        where: { action: "topic.articles", details: { path: ["topicId"], equals: topicId } },
      }),
    ).toBe(1);

    await deleteTopic(editor, topicId);
    expect(await topicPage(db, input.slug, null, new Date(), 20)).toBeNull();
    // The articles stay.
    expect(await db.article.count({ where: { id: article.id } })).toBe(1);
  });
});

describe("live coverage", () => {
  it("lists entries pinned first, then newest first, without deleted ones, as escaped HTML", async () => {
    const db = await getDb();
    const clock: Clock = { now: new Date("2026-11-30T08:00:00Z") };
    const changes: string[][] = [];
    const editor = await contextFor(await createStaff("EDITOR"), changes, clock);
    const article = await publishedArticle(editor, { isLive: true, publishedAt: new Date("2026-11-30T07:00:00Z") });
    const ids: number[] = [];
    for (const [minute, text] of [
      [0, "第一条"],
      [1, "第二条 <script>alert(1)</script>"],
      [2, "第三条"],
    ] as const) {
      clock.now = new Date(Date.UTC(2026, 10, 30, 8, minute));
      changes.length = 0;
      ids.push(await addLiveEntry(editor, article.id, entry(text, "本报记者")));
      expect(changes).toEqual([[TAGS.article(article.id), TAGS.articleLists]]);
    }
    await pinLiveEntry(editor, ids[0] ?? 0, true);
    clock.now = new Date("2026-11-30T08:05:00Z");
    await updateLiveEntry(editor, ids[2] ?? 0, entry("第三条(更新)"));
    const gone = await addLiveEntry(editor, article.id, entry("要删除的条目"));
    await deleteLiveEntry(editor, gone);

    const coverage = await findLiveCoverage(db, article.id, clock.now);
    expect(coverage?.entries.map((item) => item.id)).toEqual([ids[0], ids[2], ids[1]]);
    expect(coverage?.entries.map((item) => item.pinned)).toEqual([true, false, false]);
    expect(coverage?.entries[1]?.text).toBe("第三条(更新)");
    expect(coverage?.entries[2]?.html).toContain("&lt;script&gt;");
    expect(coverage?.entries[2]?.html).not.toContain("<script");
    expect(coverage?.entries[0]?.credit).toBe("本报记者");
    expect(coverage).toMatchObject({ closed: false, endsAt: null, startedAt: "2026-11-30T07:00:00.000Z" });
    // Feeds see the change: the article's modified time moved with the last entry.
    expect((await db.article.findUniqueOrThrow({ where: { id: article.id } })).modifiedAt).toEqual(clock.now);
  });

  it("closes at its end time: no new entries, the page says so, and corrections of old entries still work", async () => {
    const db = await getDb();
    const clock: Clock = { now: new Date("2026-11-30T08:00:00Z") };
    const editor = await contextFor(await createStaff("EDITOR"), [], clock);
    const article = await publishedArticle(editor, { isLive: true, liveEndsAt: new Date("2026-11-30T09:00:00Z") });
    const first = await addLiveEntry(editor, article.id, entry("结束前的条目"));
    clock.now = new Date("2026-11-30T09:00:00Z");
    const refused = await expectServiceError(addLiveEntry(editor, article.id, entry("太晚了")), "validation");
    expect(refused.message).toContain("直播已结束");
    await updateLiveEntry(editor, first, entry("结束前的条目(更正)"));
    const coverage = await findLiveCoverage(db, article.id, clock.now);
    expect(coverage).toMatchObject({ closed: true, endsAt: "2026-11-30T09:00:00.000Z" });
    expect(coverage?.entries.map((item) => item.text)).toEqual(["结束前的条目(更正)"]);
    expect(await findLiveCoverage(db, article.id, new Date("2026-11-30T08:30:00Z"))).toMatchObject({ closed: false });

    // The scheduler tells the caches once, and again when an editor moves the end later.
    const run = await runScheduled(db, clock.now);
    expect(run.liveClosed).toContain(article.id);
    expect(run.tags).toContain(TAGS.article(article.id));
    expect((await runScheduled(db, new Date("2026-11-30T09:00:30Z"))).liveClosed).not.toContain(article.id);
    await db.article.update({ where: { id: article.id }, data: { liveEndsAt: new Date("2026-11-30T10:00:00Z") } });
    expect((await runScheduled(db, new Date("2026-11-30T09:30:00Z"))).liveClosed).not.toContain(article.id);
    expect((await runScheduled(db, new Date("2026-11-30T10:00:00Z"))).liveClosed).toContain(article.id);
  });

  it("shows an entry's library image with its copies, and an image in a live entry counts as in use", async () => {
    const db = await getDb();
    const editor = await contextFor(await createStaff("EDITOR"));
    const article = await publishedArticle(editor, { isLive: true });
    const key = `${randomBytes(12).toString("hex")}/original.jpg`;
    const image = await db.media.create({
      data: {
        storageKey: key,
        mimeType: "image/jpeg",
        width: 640,
        height: 480,
        bytes: 1000,
        alt: "现场照片",
        caption: "开幕式现场",
        variants: [],
      },
    });
    const id = await addLiveEntry(editor, article.id, { ...entry("配图条目"), imageId: image.id });
    const [shown] = (await findLiveCoverage(db, article.id, new Date()))?.entries ?? [];
    expect(shown?.html).toContain('alt="现场照片"');
    expect(shown?.html).toContain("开幕式现场");
    expect(await articlesUsingMedia(db, image.id)).toContain(article.id);
    await deleteLiveEntry(editor, id);
    expect(await articlesUsingMedia(db, image.id)).not.toContain(article.id);
  });

  it("is only for live, public articles, and only editors write it; bad input loses nothing", async () => {
    const db = await getDb();
    const editor = await contextFor(await createStaff("EDITOR"));
    const reporter = await contextFor(await createStaff("REPORTER"));
    const plain = await publishedArticle(editor);
    await expectServiceError(addLiveEntry(editor, plain.id, entry("不是直播")), "validation");
    expect(await findLiveCoverage(db, plain.id, new Date())).toBeNull();

    const live = await publishedArticle(editor, { isLive: true });
    await expectServiceError(addLiveEntry(reporter, live.id, entry("记者越权")), "forbidden");
    await expectServiceError(addLiveEntry(editor, live.id, entry("   ")), "validation");
    await expectServiceError(
      addLiveEntry(editor, live.id, { ...entry("坏图片"), imageId: 2_000_000_000 }),
      "validation",
    );
    await expectServiceError(addLiveEntry(editor, 2_000_000_000, entry("没有文章")), "not_found");
    const id = await addLiveEntry(editor, live.id, entry("正常条目"));
    await expectServiceError(updateLiveEntry(reporter, id, entry("记者改")), "forbidden");
    await expectServiceError(
      updateLiveEntry(editor, id, { ...entry("坏人员"), personId: 2_000_000_000 }),
      "validation",
    );
    expect((await findLiveCoverage(db, live.id, new Date()))?.entries.map((item) => item.text)).toEqual(["正常条目"]);
    await deleteLiveEntry(editor, id);
    await expectServiceError(deleteLiveEntry(editor, id), "not_found");

    // Unpublished, the coverage is gone from public reads with the article.
    await transitionArticle(editor, live.id, { action: "unpublish" });
    expect(await findLiveCoverage(db, live.id, new Date())).toBeNull();
  });
});
