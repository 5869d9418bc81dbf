// Which feeds an article's change touches: the site's, its section's, each tag's, each credited
// person's and each topic's, in every format. Read from the article's current row, so a feed it has
// just left (an unpublish, a retraction) is named too: the article is still filed where it was.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { FEED_FILES, scopePath, type FeedScope } from "@/lib/feeds/scopes";

export async function feedScopesOf(db: Prisma.TransactionClient, articleId: number): Promise<FeedScope[]> {
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: {
      section: { select: { slug: true } },
      tags: { select: { tag: { select: { slug: true } } } },
      credits: { select: { personId: true } },
      topics: { select: { topic: { select: { slug: true } } } },
    },
  });
  if (!article) return [];
  const people = [...new Set(article.credits.map((credit) => credit.personId))];
  return [
    { kind: "site" },
    ...(article.section ? [{ kind: "section" as const, slug: article.section.slug }] : []),
    ...article.tags.map(({ tag }) => ({ kind: "tag" as const, slug: tag.slug })),
    ...people.map((id) => ({ kind: "person" as const, id })),
    ...article.topics.map(({ topic }) => ({ kind: "topic" as const, slug: topic.slug })),
  ];
}

export function feedUrlsOf(siteUrl: string, scopes: readonly FeedScope[]): string[] {
  return scopes.flatMap((scope) =>
    Object.values(FEED_FILES).map(({ file }) => `${siteUrl}${scopePath(scope)}/${file}`),
  );
}
