// What the benchmark needs to know about its seeded database: the pages to load, and where a list
// continues deep inside (the cursor of the page `depth` pages into the busiest section).
import { closeDb, getDb } from "@/lib/db";
import { encodeCursor } from "@/lib/content/queries";

const depth = Number(process.argv[2] ?? 500);
const db = await getDb();
const [busiest] = await db.$queryRaw<Array<{ slug: string; id: number; n: bigint }>>`
  SELECT s.slug, s.id, count(*) AS n FROM "Section" s JOIN "Article" a ON a."sectionId" = s.id
  WHERE a.status = 'PUBLISHED' GROUP BY s.id ORDER BY n DESC LIMIT 1`;
if (!busiest) throw new Error("no section has articles");
const pages = Math.floor(Number(busiest.n) / 20);
const reached = Math.max(1, Math.min(depth, pages - 1));
const at = await db.article.findMany({
  where: { sectionId: busiest.id, status: "PUBLISHED", deletedAt: null, retractedAt: null },
  orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
  skip: reached * 20 - 1,
  take: 1,
  select: { id: true, publishedAt: true },
});
const ids = await db.$queryRaw<Array<{ min: number; max: number }>>`
  SELECT min(id) AS min, max(id) AS max FROM "Article" WHERE status = 'PUBLISHED'`;
const cursor = at[0]?.publishedAt ? encodeCursor({ id: at[0].id, publishedAt: at[0].publishedAt.toISOString() }) : null;
console.log(
  JSON.stringify({
    section: busiest.slug,
    sectionArticles: Number(busiest.n),
    depth: reached,
    cursor,
    firstId: ids[0]?.min,
    lastId: ids[0]?.max,
  }),
);
await closeDb();
