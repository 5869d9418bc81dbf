// Finds the article a piece of incoming copy most likely repeats: the same headline and time, or a body
// whose SimHash is within NEAR_DUPLICATE_DISTANCE bits. Articles in the trash do not count.
import { can, canViewArticle } from "@/lib/auth/permissions";
import { type ArticleStatus, Prisma } from "@/lib/generated/prisma/client";
import {
  comparable,
  fromSigned64,
  NEAR_DUPLICATE_DISTANCE,
  simhash,
  simhashBands,
  toSigned64,
} from "@/lib/newsroom/simhash";
import { backfillFingerprints } from "@/lib/services/articles/fingerprint";
import type { ServiceContext } from "@/lib/services/context";

export interface LikelyDuplicate {
  id: number;
  title: string;
  /** Bits between the two SimHashes; 0 for the same text. Null when only headline and time matched. */
  distance: number | null;
  /** Where the editor can look at it: the admin page when they may open it, else the public page. */
  path: string;
}

export interface IncomingCopy {
  title: string;
  publishedAt: Date | null;
  /** The body as plain text. */
  text: string;
}

interface CandidateRow {
  id: number;
  title: string;
  createdById: number | null;
  status: ArticleStatus;
}

export async function findLikelyDuplicate(ctx: ServiceContext, copy: IncomingCopy): Promise<LikelyDuplicate | null> {
  const { db, actor } = ctx;
  // A reporter is warned about their own articles and about what is already public.
  const visible: Prisma.ArticleWhereInput = can(actor, "article.viewAll")
    ? {}
    : { OR: [{ createdById: actor.id ?? -1 }, { status: "PUBLISHED" }] };
  const select = { id: true, title: true, createdById: true, status: true } as const;
  const describe = (row: CandidateRow, distance: number | null): LikelyDuplicate => ({
    id: row.id,
    title: row.title,
    distance,
    path: canViewArticle(actor, row) ? `/admin/articles/${row.id}` : `/articles/${row.id}`,
  });

  const same = await db.article.findFirst({
    where: { AND: [visible, { title: copy.title, publishedAt: copy.publishedAt, deletedAt: null }] },
    select,
    orderBy: { id: "asc" },
  });
  if (same) return describe(same, null);
  if (!comparable(copy.text)) return null;

  await backfillFingerprints(db);
  const hash = toSigned64(simhash(copy.text));
  // The GIN index finds the rows sharing a band; the distance itself is counted in the database, so
  // that however many rows share a band by chance, the nearest is the one returned.
  const visibleToReporter = can(actor, "article.viewAll")
    ? Prisma.empty
    : Prisma.sql`AND ("createdById" = ${actor.id ?? -1} OR "status" = 'PUBLISHED')`;
  const [nearest] = await db.$queryRaw<Array<CandidateRow & { distance: number }>>`
    SELECT "id", "title", "createdById", "status"::text AS "status",
           bit_count(("simhash" # ${hash})::bit(64))::int AS "distance"
    FROM "Article"
    WHERE "deletedAt" IS NULL AND "simhash" IS NOT NULL
      AND "simhashBands" && ${simhashBands(fromSigned64(hash))}::int[]
      AND bit_count(("simhash" # ${hash})::bit(64)) <= ${NEAR_DUPLICATE_DISTANCE}
      ${visibleToReporter}
    ORDER BY "distance", "id"
    LIMIT 1`;
  return nearest ? describe(nearest, nearest.distance) : null;
}
