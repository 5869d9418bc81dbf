import type { Prisma } from "@/lib/generated/prisma/client";
import { bodyPlainText, parseStoredBody } from "@/lib/newsroom/body";
import { tsDocument } from "@/lib/search/tokens";

/**
 * Recomputes an article's search vector from what readers see: title and kicker weigh most, then the
 * summary, the people credited, and the body.
 */
export async function reindexArticle(tx: Prisma.TransactionClient, articleId: number): Promise<void> {
  const article = await tx.article.findUnique({
    where: { id: articleId },
    include: { credits: { include: { person: { select: { name: true } } } } },
  });
  if (!article) return;
  const heading = [article.kicker, article.title, article.subtitle].filter(Boolean).join(" ");
  const people = article.credits.map((credit) => credit.person.name).join(" ");
  const body = bodyPlainText(parseStoredBody(article.body));
  await tx.$executeRaw`UPDATE "Article" SET "searchVector" =
      setweight(to_tsvector('simple', ${tsDocument(heading)}), 'A') ||
      setweight(to_tsvector('simple', ${tsDocument(article.summary ?? "")}), 'B') ||
      setweight(to_tsvector('simple', ${tsDocument(people)}), 'C') ||
      setweight(to_tsvector('simple', ${tsDocument(body)}), 'D')
    WHERE id = ${articleId}`;
}

/** Re-indexes every article crediting this person (after a rename). */
export async function reindexPerson(tx: Prisma.TransactionClient, personId: number): Promise<void> {
  const credits = await tx.credit.findMany({
    where: { personId },
    select: { articleId: true },
    distinct: ["articleId"],
  });
  for (const { articleId } of credits) await reindexArticle(tx, articleId);
}
