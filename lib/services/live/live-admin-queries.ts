// What the live panel on the article editor reads.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { docToText, parseStoredBody } from "@/lib/newsroom/body";
import { liveEntryOrder } from "@/lib/newsroom/live";

/** A live article's entries as the panel edits them: the body as the plain text it was typed in. */
export async function liveEntriesForAdmin(db: PrismaClient, articleId: number) {
  const rows = await db.liveEntry.findMany({
    where: { articleId, deletedAt: null },
    orderBy: liveEntryOrder,
    select: { id: true, body: true, imageId: true, personId: true, credit: true, pinned: true, createdAt: true },
  });
  return rows.map(({ body, ...row }) => ({ ...row, text: docToText(parseStoredBody(body)) }));
}

/** Whom an entry can be credited to: the people credited on the article, once each. */
export async function livePeopleForAdmin(db: PrismaClient, articleId: number) {
  const credits = await db.credit.findMany({
    where: { articleId },
    orderBy: { position: "asc" },
    select: { person: { select: { id: true, name: true } } },
  });
  return [...new Map(credits.map(({ person }) => [person.id, person])).values()];
}
