// Fills a database with many published articles, fast: sections, tags, people, credits and search
// vectors included, in multi-row INSERT … SELECT statements over generate_series, a batch at a time
// (never one statement per row). Used by the benchmark (`npm run bench -- --articles N`) and by the
// query-plan test. Articles are variations of the demo article, so that pages, feeds and search have
// real Chinese text to work with.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { blockText, parseStoredBody, type BodyDoc } from "@/lib/newsroom/body";
import { tsDocument } from "@/lib/search/tokens";

export interface SeedOptions {
  sections?: number;
  tags?: number;
  people?: number;
  /** Rows per INSERT statement. */
  batch?: number;
  /** The newest article's publication time; each further one is a minute older. */
  newest?: Date;
  log?: (message: string) => void;
}

const TEMPLATES = 24;
const HEADLINES = [
  "同心战“疫”共克时艰",
  "助力复工复产",
  "商会服务民营经济",
  "社区防疫一线见闻",
  "惠企政策落地见效",
  "志愿者坚守岗位",
];

/** A few dozen distinct bodies cut from the reference article: titles, kickers, summaries, vectors. */
function templates(reference: BodyDoc, title: string) {
  const paragraphs = reference.content.filter((block) => block.type === "paragraph" && blockText(block).length > 20);
  const headings = reference.content.filter((block) => block.type === "heading");
  return Array.from({ length: TEMPLATES }, (_, index) => {
    const take = (list: typeof paragraphs, count: number) =>
      Array.from({ length: count }, (_, offset) => list[(index + offset * 3) % list.length]).filter(
        (b) => b !== undefined,
      );
    const body: BodyDoc = {
      type: "doc",
      content: [...take(paragraphs, 2), ...take(headings, 1), ...take(paragraphs, 3)],
    };
    const headline = `${HEADLINES[index % HEADLINES.length]}(${index + 1})`;
    const summary = blockText(body.content[0] ?? { type: "paragraph", content: [] }).slice(0, 80);
    const text = body.content.map(blockText).join("\n");
    return {
      id: index,
      title: `${title.slice(0, 10)}${headline}`,
      kicker: index % 3 === 0 ? "抗疫一线" : null,
      summary,
      body: JSON.stringify(body),
      heading: tsDocument(`${title} ${headline}`),
      document: tsDocument(`${summary}\n${text}`),
    };
  });
}

/** Adds `total` published articles (with their credits and tags) and returns their id range. */
export async function seedArticles(
  db: PrismaClient,
  total: number,
  options: SeedOptions = {},
): Promise<{ first: number; last: number }> {
  const { sections = 12, tags = 300, people = 3000, batch = 20_000, log = () => {} } = options;
  const newest = options.newest ?? new Date("2026-11-30T00:00:00Z");
  const demo = await db.article.findFirst({ orderBy: { id: "asc" }, select: { title: true, body: true } });
  if (!demo) throw new Error("seedArticles needs the demo article (run setup first)");
  const started = Date.now();

  await db.$executeRawUnsafe(
    `INSERT INTO "Section" (slug, name, position)
     SELECT 'bench-' || g, '栏目' || g, 100 + g FROM generate_series(1, ${sections}) g
     ON CONFLICT (slug) DO NOTHING`,
  );
  await db.$executeRawUnsafe(
    `INSERT INTO "Tag" (slug, name) SELECT 'bench-tag-' || g, '话题' || g FROM generate_series(1, ${tags}) g
     ON CONFLICT DO NOTHING`,
  );
  await db.$executeRawUnsafe(
    `INSERT INTO "Person" (name, affiliation)
     SELECT (ARRAY['陈','王','李','张','刘','杨','黄','赵','周','吴'])[1 + g % 10] || '记者' || g, '中华工商时报'
     FROM generate_series(1, ${people}) g`,
  );
  // One INSERT takes consecutive values from the sequence: the new people are the last `people` ids.
  const lastPerson = await db.$queryRawUnsafe<Array<{ id: number }>>(`SELECT max(id) AS id FROM "Person"`);
  const firstPerson = Number(lastPerson[0]?.id ?? 0) - people + 1;

  // A table of its own, not TEMP: the statements below may run on any connection of the pool.
  await db.$executeRawUnsafe(`DROP TABLE IF EXISTS seed_template`);
  await db.$executeRawUnsafe(
    `CREATE UNLOGGED TABLE seed_template (id int PRIMARY KEY, title text, kicker text, summary text, body jsonb, vector tsvector)`,
  );
  for (const t of templates(parseStoredBody(demo.body), demo.title)) {
    await db.$executeRaw`INSERT INTO seed_template VALUES (${t.id}, ${t.title}, ${t.kicker}, ${t.summary}, ${t.body}::jsonb,
      setweight(to_tsvector('simple', ${t.heading}), 'A') || setweight(to_tsvector('simple', ${t.document}), 'D'))`;
  }

  // Secondary indexes are built once at the end rather than updated row by row (the GIN index of the
  // search vectors most of all): a bulk load's usual order, many times faster.
  const deferred = await db.$queryRawUnsafe<Array<{ name: string; definition: string }>>(
    `SELECT i.indexname AS name, i.indexdef AS definition FROM pg_indexes i
     JOIN pg_class c ON c.relname = i.indexname JOIN pg_index x ON x.indexrelid = c.oid
     WHERE i.schemaname = current_schema() AND i.tablename IN ('Article', 'Credit', 'ArticleTag')
       AND NOT x.indisunique AND NOT x.indisprimary`,
  );
  for (const index of deferred) await db.$executeRawUnsafe(`DROP INDEX "${index.name}"`);
  try {
    return await insert(db, total, { firstPerson, people, batch, newest, log, started });
  } finally {
    for (const index of deferred) {
      await db.$transaction(
        async (tx) => {
          await tx.$executeRawUnsafe(`SET LOCAL maintenance_work_mem = '256MB'`);
          await tx.$executeRawUnsafe(index.definition);
        },
        { timeout: 3_600_000 },
      );
    }
    log(`  indexes rebuilt (${((Date.now() - started) / 1000).toFixed(0)} s)`);
    await db.$executeRawUnsafe(`DROP TABLE IF EXISTS seed_template`);
    await db.$executeRawUnsafe(`ANALYZE`);
  }
}

async function insert(
  db: PrismaClient,
  total: number,
  options: {
    firstPerson: number;
    people: number;
    batch: number;
    newest: Date;
    log: (message: string) => void;
    started: number;
  },
): Promise<{ first: number; last: number }> {
  const { firstPerson, people, batch, newest, log, started } = options;
  const range = await db.$queryRawUnsafe<Array<{ first: number; last: number }>>(
    `SELECT coalesce(max(id), 0) + 1 AS first, coalesce(max(id), 0) + ${total} AS last FROM "Article"`,
  );
  const first = Number(range[0]?.first ?? 1);
  const sectionIds = `(SELECT array_agg(id ORDER BY id) FROM "Section")`;
  for (let offset = 0; offset < total; offset += batch) {
    const size = Math.min(batch, total - offset);
    // Ids are given explicitly (first + n), so credits and tags can be added by range below.
    await db.$executeRawUnsafe(
      `INSERT INTO "Article" (id, title, kicker, summary, body, source, status, "publishedAt", "firstPublishedAt",
         "modifiedAt", "sectionId", "searchVector", version, "createdAt", "updatedAt")
       SELECT ${first} + n, t.title || ' ' || (${first} + n), t.kicker, t.summary, t.body, '中华工商网', 'PUBLISHED',
         at, at, at, s.ids[1 + n % array_length(s.ids, 1)],
         t.vector || setweight(to_tsvector('simple', (${first} + n)::text), 'A'), 1, at, at
       FROM generate_series(${offset}, ${offset + size - 1}) n
       CROSS JOIN LATERAL (SELECT timestamptz '${newest.toISOString()}' - n * interval '1 minute' AS at) w
       JOIN seed_template t ON t.id = n % ${TEMPLATES}
       CROSS JOIN (SELECT ${sectionIds} AS ids) s`,
    );
    const from = first + offset;
    const to = from + size - 1;
    const person = (salt: number) => `${firstPerson} + ((a.id * ${salt}) % ${people})`;
    await db.$executeRawUnsafe(
      `INSERT INTO "Credit" ("articleId", "personId", "roleKey", position, affiliation)
       SELECT a.id, ${person(1)}, 'REPORTER', 0, '中华工商时报' FROM "Article" a WHERE a.id BETWEEN ${from} AND ${to}
       UNION ALL SELECT a.id, ${person(7)}, 'CORRESPONDENT', 1, NULL FROM "Article" a WHERE a.id BETWEEN ${from} AND ${to}
       UNION ALL SELECT a.id, ${person(13)}, 'EDITOR', 2, NULL FROM "Article" a WHERE a.id BETWEEN ${from} AND ${to}`,
    );
    await db.$executeRawUnsafe(
      `INSERT INTO "ArticleTag" ("articleId", "tagId", position)
       SELECT a.id, t.ids[1 + a.id % array_length(t.ids, 1)], 0
       FROM "Article" a CROSS JOIN (SELECT array_agg(id ORDER BY id) AS ids FROM "Tag") t WHERE a.id BETWEEN ${from} AND ${to}
       UNION ALL
       SELECT a.id, t.ids[1 + (a.id * 7 + 3) % array_length(t.ids, 1)], 1
       FROM "Article" a CROSS JOIN (SELECT array_agg(id ORDER BY id) AS ids FROM "Tag") t WHERE a.id BETWEEN ${from} AND ${to}
         AND (a.id * 7 + 3) % array_length(t.ids, 1) <> a.id % array_length(t.ids, 1)`,
    );
    log(`  ${offset + size} / ${total} articles (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  }
  // Explicit ids leave the sequence behind; the next article an editor writes must not collide.
  await db.$executeRawUnsafe(
    `SELECT setval(pg_get_serial_sequence('"Article"', 'id'), (SELECT max(id) FROM "Article"))`,
  );
  await db.$executeRawUnsafe(`DROP TABLE seed_template`);
  await db.$executeRawUnsafe(`ANALYZE`);
  return { first, last: first + total - 1 };
}
