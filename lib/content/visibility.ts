// What readers may see, in one place, in both forms the code needs: a Prisma filter and a SQL predicate.
// Published, not in the trash, not retracted, and past any embargo.
import { Prisma } from "@/lib/generated/prisma/client";

export function visibleTo(now: Date): Prisma.ArticleWhereInput {
  return {
    status: "PUBLISHED",
    deletedAt: null,
    retractedAt: null,
    OR: [{ embargoUntil: null }, { embargoUntil: { lte: now } }],
  };
}

/** The same rule for raw SQL over "Article" aliased as `a`. */
export function visibleSql(now: Date): Prisma.Sql {
  return Prisma.sql`a.status = 'PUBLISHED' AND a."deletedAt" IS NULL AND a."retractedAt" IS NULL
    AND (a."embargoUntil" IS NULL OR a."embargoUntil" <= ${now})`;
}
