// Which articles use an image, as their cover or anywhere in their body.
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

type Db = PrismaClient | Prisma.TransactionClient;

/** Ids of the articles (trashed ones included) whose cover or body refers to the image. */
export async function articlesUsingMedia(db: Db, mediaId: number): Promise<number[]> {
  // jsonpath's `**` reaches images nested in quotes and lists as well as top-level ones.
  const rows = await db.$queryRaw<Array<{ id: number }>>`
    SELECT id FROM "Article"
    WHERE "coverMediaId" = ${mediaId}
       OR jsonb_path_exists(body, '$.** ? (@.type == "image" && @.attrs.mediaId == $id)', jsonb_build_object('id', ${mediaId}::int))
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
