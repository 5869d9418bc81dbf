import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { popularLists } from "@/lib/content/popular-queries";
import { getDb } from "@/lib/db";
import { retractArticle } from "@/lib/services/articles/curation";
import { saveArticle } from "@/lib/services/articles/save-article";
import { trashArticle } from "@/lib/services/articles/trash";
import { articleReadership, dashboardReadership } from "@/lib/services/views/readership";
import { hourStart, siteDay } from "@/lib/views/buckets";
import { pruneHours, writeViews } from "@/lib/views/flush";
import { ViewTally } from "@/lib/views/tally";
import { expectServiceError } from "../support/expect-error";
import { articleInput, contextFor, createStaff, publishedArticle } from "../support/factories";

const ZONE = "Asia/Shanghai";
const HOUR = 3_600_000;

/** Counts `views` views of an article at an instant, as the beacon would, and flushes them. */
async function flushViews(entries: Array<[articleId: number, at: Date, views: number]>, now = new Date()) {
  const tally = new ViewTally({ maxArticles: 100 });
  for (const [id, at, views] of entries) tally.add(id, siteDay(at, ZONE), hourStart(at).toISOString(), views);
  return writeViews(await getDb(), tally.drain(), now);
}

async function counts(articleId: number) {
  const db = await getDb();
  const [days, hours] = await Promise.all([
    db.articleViewDay.findMany({ where: { articleId }, orderBy: { day: "asc" } }),
    db.articleViewHour.findMany({ where: { articleId }, orderBy: { hour: "asc" } }),
  ]);
  return {
    days: days.map((row) => [row.day.toISOString().slice(0, 10), row.views]),
    hours: hours.map((row) => [row.hour.toISOString(), row.views]),
  };
}

async function newSection() {
  const db = await getDb();
  const tag = randomBytes(4).toString("hex");
  return db.section.create({ data: { slug: `views-${tag}`, name: `栏目${tag}` } });
}

describe("flushing views", () => {
  it("writes one aggregated row per day and hour, and a second flush adds to it", async () => {
    const editor = await createStaff("EDITOR");
    const article = await publishedArticle(await contextFor(editor));
    // 23:30 and 00:10 Beijing time: two days there, two hours.
    const late = new Date("2026-12-01T15:30:00Z");
    const early = new Date("2026-12-01T16:10:00Z");
    const first = await flushViews([
      [article.id, late, 3],
      [article.id, early, 1],
    ]);
    expect(first).toMatchObject({ views: 4, refused: 0, articles: [article.id] });
    expect(await counts(article.id)).toEqual({
      days: [
        ["2026-12-01", 3],
        ["2026-12-02", 1],
      ],
      hours: [
        ["2026-12-01T15:00:00.000Z", 3],
        ["2026-12-01T16:00:00.000Z", 1],
      ],
    });
    // Another server (or the next interval) adds its own counts to the same rows.
    await flushViews([[article.id, early, 5]]);
    expect(await counts(article.id)).toEqual({
      days: [
        ["2026-12-01", 3],
        ["2026-12-02", 6],
      ],
      hours: [
        ["2026-12-01T15:00:00.000Z", 3],
        ["2026-12-01T16:00:00.000Z", 6],
      ],
    });
  });

  it("refuses counts for articles readers cannot see, and writes the rest of the batch", async () => {
    const editor = await createStaff("EDITOR");
    const ctx = await contextFor(editor);
    const visible = await publishedArticle(ctx);
    const draft = await saveArticle(ctx, articleInput());
    const embargoed = await publishedArticle(ctx, { embargoUntil: new Date(Date.now() + 86_400_000) });
    const retracted = await publishedArticle(ctx);
    await retractArticle(ctx, retracted.id, "撤稿说明");
    const trashed = await publishedArticle(ctx);
    await trashArticle(ctx, trashed.id);
    const now = new Date();
    const result = await flushViews(
      [visible.id, draft.id, embargoed.id, retracted.id, trashed.id, 2_147_483_000].map((id) => [id, now, 2]),
    );
    expect(result).toMatchObject({ views: 2, refused: 10, articles: [visible.id] });
    for (const id of [draft.id, embargoed.id, retracted.id, trashed.id]) {
      expect(await counts(id)).toEqual({ days: [], hours: [] });
    }
    expect((await counts(visible.id)).days).toHaveLength(1);
  });

  it("prunes old hours but keeps an article's first 48", async () => {
    const editor = await createStaff("EDITOR");
    const article = await publishedArticle(await contextFor(editor));
    const db = await getDb();
    const published = new Date(Date.now() - 20 * 86_400_000);
    await db.article.update({ where: { id: article.id }, data: { firstPublishedAt: published } });
    const inFirstHours = new Date(published.getTime() + 5 * HOUR);
    const later = new Date(published.getTime() + 5 * 86_400_000);
    const recent = new Date(Date.now() - HOUR);
    // Visibility is checked as of the flush; these are old views written late.
    await flushViews([
      [article.id, inFirstHours, 1],
      [article.id, later, 1],
      [article.id, recent, 1],
    ]);
    await pruneHours(db, new Date());
    expect((await counts(article.id)).hours.map(([hour]) => hour)).toEqual([
      hourStart(inFirstHours).toISOString(),
      hourStart(recent).toISOString(),
    ]);
  });
});

describe("热门", () => {
  it("orders by views within the last 24 hours and 7 days, visible articles only", async () => {
    const editor = await createStaff("EDITOR");
    const ctx = await contextFor(editor);
    const section = await newSection();
    const [a, b, c] = [
      await publishedArticle(ctx, { sectionId: section.id }),
      await publishedArticle(ctx, { sectionId: section.id }),
      await publishedArticle(ctx, { sectionId: section.id }),
    ];
    const elsewhere = await publishedArticle(ctx);
    const now = new Date();
    const ago = (ms: number) => new Date(now.getTime() - ms);
    await flushViews([
      [a.id, ago(2 * HOUR), 10],
      [b.id, ago(HOUR), 5],
      [b.id, ago(3 * 86_400_000), 20],
      [c.id, ago(10 * 86_400_000), 30],
      [elsewhere.id, ago(HOUR), 99],
    ]);
    const db = await getDb();
    const lists = await popularLists(db, now, 5, section.id);
    expect(lists.day.map((item) => [item.id, item.views])).toEqual([
      [a.id, 10],
      [b.id, 5],
    ]);
    expect(lists.week.map((item) => [item.id, item.views])).toEqual([
      [b.id, 25],
      [a.id, 10],
    ]);
    expect(lists.day[0]?.title).toBe((await db.article.findUniqueOrThrow({ where: { id: a.id } })).title);
    // Site-wide, the other section's article leads.
    expect((await popularLists(db, now, 1)).day.map((item) => item.id)).toEqual([elsewhere.id]);
    await retractArticle(ctx, a.id, "撤稿说明");
    expect((await popularLists(db, new Date(), 5, section.id)).day.map((item) => item.id)).toEqual([b.id]);
  });
});

describe("the admin's readership", () => {
  it("charts an article's days and its first 48 hours from first publication", async () => {
    const editor = await createStaff("EDITOR");
    const article = await publishedArticle(await contextFor(editor));
    const db = await getDb();
    // Five minutes into an hour, so that a view ten minutes later falls in the same first hour whatever the clock.
    const published = new Date(Math.floor((Date.now() - 3 * 86_400_000) / HOUR) * HOUR + 5 * 60_000);
    await db.article.update({ where: { id: article.id }, data: { firstPublishedAt: published } });
    await flushViews([
      [article.id, new Date(published.getTime() + 10 * 60_000), 4],
      [article.id, new Date(published.getTime() + 30 * HOUR), 2],
      [article.id, new Date(), 1],
    ]);
    const stats = await articleReadership(db, editor, article.id, new Date(), ZONE);
    expect(stats.total).toBe(7);
    expect(stats.firstHours).toHaveLength(48);
    expect(stats.firstHours[0]).toMatchObject({ index: 0, views: 4 });
    expect(stats.firstHours[30]).toMatchObject({ index: 30, views: 2 });
    expect(stats.firstHours.reduce((sum, hour) => sum + hour.views, 0)).toBe(6);
    expect(stats.days[0]?.day).toBe(siteDay(published, ZONE));
    expect(stats.days.at(-1)).toEqual({ day: siteDay(new Date(), ZONE), views: 1 });
    expect(stats.days.reduce((sum, day) => sum + day.views, 0)).toBe(7);
  });

  it("shows reporters their own articles only", async () => {
    const editor = await createStaff("EDITOR");
    const reporter = await createStaff("REPORTER");
    const others = await publishedArticle(await contextFor(editor));
    const own = await saveArticle(await contextFor(reporter), articleInput());
    const db = await getDb();
    await db.article.update({
      where: { id: own.id },
      data: { status: "PUBLISHED", firstPublishedAt: new Date(), publishedAt: new Date() },
    });
    await flushViews([
      [own.id, new Date(), 3],
      [others.id, new Date(), 8],
    ]);
    await expectServiceError(articleReadership(db, reporter, others.id, new Date(), ZONE), "not_found");
    expect((await articleReadership(db, reporter, own.id, new Date(), ZONE)).total).toBe(3);
    const mine = await dashboardReadership(db, reporter, 1, new Date(), ZONE);
    expect(mine.wholeSite).toBe(false);
    expect(mine.top.map((row) => [row.id, row.views])).toEqual([[own.id, 3]]);
    const site = await dashboardReadership(db, editor, 1, new Date(), ZONE);
    expect(site.wholeSite).toBe(true);
    expect(site.top.map((row) => row.id)).toContain(others.id);
  });

  it("ranks sections and credited people for a period", async () => {
    const editor = await createStaff("EDITOR");
    const ctx = await contextFor(editor);
    const section = await newSection();
    const name = `读者${randomBytes(3).toString("hex")}`;
    const credits = [{ roleKey: "REPORTER", name, affiliation: null }];
    const big = await publishedArticle(ctx, { sectionId: section.id, credits });
    const small = await publishedArticle(ctx, { sectionId: section.id, credits });
    await flushViews([
      [big.id, new Date(), 1_000_000],
      [small.id, new Date(), 500_000],
    ]);
    const stats = await dashboardReadership(await getDb(), editor, 7, new Date(), ZONE);
    expect(stats.bySection[0]).toMatchObject({
      id: section.id,
      name: section.name,
      views: 1_500_000,
      topArticleId: big.id,
    });
    expect(stats.byPerson[0]).toMatchObject({ name, views: 1_500_000, topArticleId: big.id });
    expect(stats.days).toHaveLength(7);
    expect(stats.days.at(-1)?.views).toBeGreaterThanOrEqual(1_500_000);
  });
});
