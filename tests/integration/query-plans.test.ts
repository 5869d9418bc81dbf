// Every public read, run against 100,000 published articles, must reach articles, credits and tags
// through an index: the test records the SQL each read sends and asks PostgreSQL for its plan.
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  feedContent,
  findAdjacent,
  findPerson,
  findPublishedArticle,
  findRetraction,
  findSection,
  findTag,
  homePage,
  listPage,
  listRelated,
  listSections,
  type Cursor,
} from "@/lib/content/queries";
import { findLiveCoverage } from "@/lib/content/live-queries";
import {
  apiArticle,
  apiArticlePage,
  apiPeople,
  apiPerson,
  apiTag,
  apiTags,
  apiTopics,
} from "@/lib/content/api-queries";
import { newsSitemapArticles, sitemapArticles, sitemapChunks, sitemapListings } from "@/lib/content/sitemap";
import { articleTopics, sitemapTopics, topicFeedContent, topicPage } from "@/lib/content/topic-queries";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { applyMigrations, readMigrations } from "@/lib/migrate/migrations";
import { connectPostgres } from "@/lib/migrate/sql-session";
import { searchArticles } from "@/lib/search/search-articles";
import { loadDemoContent } from "@/lib/services/demo/load-demo-content";
import { seedArticles } from "../../scripts/db/seed-articles";
import { createScratchDatabase } from "../support/postgres";
import { recording, type Recorder } from "../support/recording-adapter";

const ARTICLES = 100_000;
/** Big tables: a sequential scan of any of them reads every article (or every credit, every tag link). */
const INDEXED = new Set(["Article", "Credit", "ArticleTag"]);
const now = new Date("2026-12-01T00:00:00Z");

interface PlanNode {
  "Node Type": string;
  "Relation Name"?: string;
  Plans?: PlanNode[];
}

function seqScans(node: PlanNode, found: string[] = []): string[] {
  if (node["Node Type"] === "Seq Scan" && node["Relation Name"] && INDEXED.has(node["Relation Name"])) {
    found.push(node["Relation Name"]);
  }
  for (const child of node.Plans ?? []) seqScans(child, found);
  return found;
}

let db: PrismaClient;
let recorder: Recorder;
let drop: (() => Promise<void>) | undefined;

// Runs in int-postgres only (vitest.config.ts): the plans are PostgreSQL's, and PGlite is the same planner.
beforeAll(async () => {
  // Its own database: 100,000 articles must not change what the other integration tests see.
  const scratch = await createScratchDatabase("masthead_plans");
  drop = scratch.drop;
  const session = await connectPostgres(scratch.url);
  await applyMigrations(session, await readMigrations(path.join(process.cwd(), "prisma/migrations")));
  await session.close();
  recorder = recording(new PrismaPg({ connectionString: scratch.url, max: 1 }));
  db = new PrismaClient({ adapter: recorder.factory });
  await loadDemoContent(db, "Asia/Shanghai");
  await seedArticles(db, ARTICLES, { newest: new Date("2026-11-30T00:00:00Z") });
}, 600_000);

afterAll(async () => {
  await db?.$disconnect();
  await drop?.();
});

/** Runs `read`, then EXPLAINs each statement it sent; returns the big tables it scanned sequentially. */
async function scansOf(read: () => Promise<unknown>): Promise<Array<{ sql: string; tables: string[] }>> {
  recorder.statements.length = 0;
  await read();
  const sent = [...recorder.statements];
  expect(sent.length).toBeGreaterThan(0);
  const found: Array<{ sql: string; tables: string[] }> = [];
  for (const statement of sent) {
    if (!/^\s*(SELECT|WITH)\b/i.test(statement.sql)) continue;
    const [row] = await recorder.run({ ...statement, sql: `EXPLAIN (FORMAT JSON) ${statement.sql}` });
    const plan = (typeof row?.[0] === "string" ? JSON.parse(row[0]) : row?.[0]) as Array<{ Plan: PlanNode }>;
    const tables = seqScans(plan[0]?.Plan ?? { "Node Type": "?" });
    if (tables.length > 0) found.push({ sql: statement.sql.slice(0, 300), tables });
  }
  return found;
}

describe(`public reads over ${ARTICLES.toLocaleString("en")} articles`, () => {
  it("use an index for every article, credit and tag they touch", async () => {
    const sections = await listSections(db);
    const section = sections.find((item) => item.slug.startsWith("bench-")) ?? sections[0];
    const tag = await db.tag.findFirstOrThrow({ where: { slug: { startsWith: "bench-tag-" } } });
    const rare = await db.tag.findFirstOrThrow({ where: { slug: { not: { startsWith: "bench-tag-" } } } });
    const person = await db.person.findFirstOrThrow({ where: { name: { contains: "记者" } }, orderBy: { id: "desc" } });
    if (!section) throw new Error("no section");
    const article = await findPublishedArticle(db, ARTICLES / 2, now);
    if (!article) throw new Error("no article");
    // 500 pages into a list, as a reader paging back through a section would get.
    const deep: Cursor = {
      publishedAt: new Date(Date.parse("2026-11-30T00:00:00Z") - 500 * 20 * 60_000),
      id: ARTICLES,
    };
    // A topic of 300 articles spread over the whole range, and a live article with entries.
    const topic = await db.topic.create({ data: { slug: "plans-topic", title: "专题" } });
    await db.topicArticle.createMany({
      data: Array.from({ length: 300 }, (_, index) => ({
        topicId: topic.id,
        articleId: 1 + index * 300,
        position: index,
      })),
    });
    await db.article.update({ where: { id: article.id }, data: { isLive: true } });
    await db.liveEntry.createMany({
      data: Array.from({ length: 50 }, () => ({ articleId: article.id, body: { type: "doc", content: [] } })),
    });
    const reads: Record<string, () => Promise<unknown>> = {
      "topic page 1": () => topicPage(db, topic.slug, null, now, 20),
      "topic, deep page": () => topicPage(db, topic.slug, { position: 250, articleId: 1 }, now, 20),
      "topic feed": () => topicFeedContent(db, topic.slug, now, 50),
      "article's topics": () => articleTopics(db, 301),
      "sitemap topics": () => sitemapTopics(db, now),
      "live coverage": () => findLiveCoverage(db, article.id, now),
      "home page": () => homePage(db, now),
      article: () => findPublishedArticle(db, article.id, now),
      retraction: () => findRetraction(db, article.id),
      "related articles": () => listRelated(db, article, now, 4),
      "previous and next": () => findAdjacent(db, article, now),
      "latest, page 1": () => listPage(db, now, {}, null, 20),
      "latest, deep page": () => listPage(db, now, {}, deep, 20),
      "section page 1": () => listPage(db, now, { sectionId: section.id }, null, 20),
      "section, deep page": () => listPage(db, now, { sectionId: section.id }, deep, 20),
      "tag page": () => listPage(db, now, { tags: { some: { tagId: tag.id } } }, null, 20),
      "rare tag page": () => listPage(db, now, { tags: { some: { tagId: rare.id } } }, null, 20),
      "person page": () => listPage(db, now, { credits: { some: { personId: person.id } } }, null, 20),
      "archive day": () =>
        listPage(
          db,
          now,
          { publishedAt: { gte: new Date("2026-10-01T00:00:00Z"), lt: new Date("2026-10-02T00:00:00Z") } },
          null,
          20,
        ),
      "site feed": () => feedContent(db, { kind: "site" }, now, 50),
      "section feed": () => feedContent(db, { kind: "section", slug: section.slug }, now, 50),
      "tag feed": () => feedContent(db, { kind: "tag", slug: tag.slug }, now, 50),
      "person feed": () => feedContent(db, { kind: "person", id: person.id }, now, 50),
      "sitemap index": () => sitemapChunks(db, now),
      "sitemap chunk": () => sitemapArticles(db, 3, now),
      "news sitemap": () => newsSitemapArticles(db, now),
      "sitemap listings": () => sitemapListings(db),
      "section, tag and person lookups": () =>
        Promise.all([findSection(db, section.slug), findTag(db, tag.slug), findPerson(db, person.id)]),
      "API: article": () => apiArticle(db, article.id, now),
      "API: articles, page 1 and deep": () =>
        Promise.all([apiArticlePage(db, now, {}, null, 20), apiArticlePage(db, now, {}, deep, 20)]),
      "API: articles by section, tag and person": () =>
        Promise.all([
          apiArticlePage(db, now, { sectionId: section.id }, deep, 20),
          apiArticlePage(db, now, { tagId: tag.id }, null, 20),
          apiArticlePage(db, now, { personId: person.id }, null, 20),
        ]),
      "API: articles updated since": () => apiArticlePage(db, now, { updatedSince: "2026-11-29T00:00:00Z" }, null, 20),
      "API: people, tags and topics": () =>
        Promise.all([apiPeople(db, now, 0, 20), apiTags(db, now, 0, 20), apiTopics(db, now, 0, 20)]),
      "API: a person and a tag": () => Promise.all([apiPerson(db, person.id, now), apiTag(db, tag.slug, now)]),
      search: () => searchArticles(db, { q: "工商联" }, now),
      "search in a section and a month": () =>
        searchArticles(
          db,
          { q: "商会", sectionId: section.id, from: new Date("2026-10-01"), to: new Date("2026-11-01") },
          now,
        ),
    };
    const problems: string[] = [];
    for (const [name, read] of Object.entries(reads)) {
      for (const scan of await scansOf(read))
        problems.push(`${name}: Seq Scan on ${scan.tables.join(", ")} in ${scan.sql}`);
    }
    expect(problems).toEqual([]);
  }, 300_000);

  it("rank the newest thousand matches of a word found everywhere, and say there are more", async () => {
    const results = await searchArticles(db, { q: "工商联" }, now);
    expect(results).toMatchObject({ total: 1000, more: true, pages: 50 });
    expect(results.hits).toHaveLength(20);
    // Each seeded title ends in its id; 87654 (as a word prefix) is in no body.
    const rare = await searchArticles(db, { q: "87654" }, now);
    expect(rare.more).toBe(false);
    expect(rare.hits.map((hit) => hit.article.id)).toContain(87654);
  });
});
