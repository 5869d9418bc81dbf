// Which articles use an image, as their cover, anywhere in their body, or in one of their live entries.
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

type Db = PrismaClient | Prisma.TransactionClient;

/** Ids of the articles (trashed ones included) whose cover, body or live entries refer to the image. */
export async function articlesUsingMedia(db: Db, mediaId: number): Promise<number[]> {
  // jsonpath's `**` reaches images nested in quotes and lists as well as top-level ones.
  const rows = await db.$queryRaw<Array<{ id: number }>>`
    SELECT id FROM "Article"
    WHERE "coverMediaId" = ${mediaId}
       OR jsonb_path_exists(body, '$.** ? (@.type == "image" && @.attrs.mediaId == $id)', jsonb_build_object('id', ${mediaId}::int))
       OR id IN (SELECT "articleId" FROM "LiveEntry" WHERE "imageId" = ${mediaId} AND "deletedAt" IS NULL)
    ORDER BY id`;
  return rows.map((row) => row.id);
}

export async function mediaUsage(db: Db, mediaId: number) {
  const ids = await articlesUsingMedia(db, mediaId);
  if (ids.length === 0) return [];
  return db.article.findMany({
    where: { id: { in: ids } },
    orderBy: { id: "desc" },
    select: { id: true, title: true, status: true, deletedAt: true, coverMediaId: true },
  });
}
