// Cached public reads of topics: they depend on the topics themselves and on every article they may
// show (the lists tag).
import "server-only";
import { unstable_cache } from "next/cache";
import { FEED_SIZE, LIST_SIZE } from "@/lib/content/articles";
import { TAGS } from "@/lib/content/tags";
import {
  articleTopics,
  decodeTopicCursor,
  sitemapTopics,
  topicFeedContent,
  topicPage,
} from "@/lib/content/topic-queries";
import { getPublicDb } from "@/lib/db";

// A safety net only: expiry by tag is what keeps pages current.
const SAFETY_NET = { revalidate: 600 };
const topicLists = { tags: [TAGS.topics, TAGS.articleLists], ...SAFETY_NET };

export const getTopicPage = unstable_cache(
  async (slug: string, cursor?: string) =>
    topicPage(await getPublicDb(), slug, decodeTopicCursor(cursor), new Date(), LIST_SIZE),
  ["topic-page"],
  topicLists,
);

export const getTopicFeedContent = unstable_cache(
  async (slug: string) => topicFeedContent(await getPublicDb(), slug, new Date(), FEED_SIZE),
  ["topic-feed"],
  topicLists,
);

export const getSitemapTopics = unstable_cache(
  async () => sitemapTopics(await getPublicDb(), new Date()),
  ["sitemap-topics"],
  topicLists,
);

export function getArticleTopics(id: number) {
  return unstable_cache(async () => articleTopics(await getPublicDb(), id), ["article-topics", String(id)], {
    tags: [TAGS.topics, TAGS.article(id)],
    ...SAFETY_NET,
  })();
}
