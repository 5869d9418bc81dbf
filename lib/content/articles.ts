// Cached public reads for pages and feeds. Writes expire the tags they touch (lib/content/revalidate.ts),
// so a published change shows on the very next request, and repeated reads never reach Postgres.
import "server-only";
import { unstable_cache } from "next/cache";
import { findPublishedArticle, listPublishedArticles } from "@/lib/content/queries";
import { TAGS } from "@/lib/content/tags";
import { getDb } from "@/lib/db";

export const FEED_SIZE = 50;
export const HOME_SIZE = 30;

export function getPublishedArticle(id: number) {
  return unstable_cache(async () => findPublishedArticle(await getDb(), id), ["published-article", String(id)], {
    tags: [TAGS.article(id)],
  })();
}

export const getLatestArticles = unstable_cache(
  async (limit: number) => listPublishedArticles(await getDb(), limit),
  ["latest-articles"],
  { tags: [TAGS.articleLists] },
);
