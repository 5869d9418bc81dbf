// Cached reads of the content API (/api/v1), tagged like the pages that show the same content, so a
// write expires both at once. Embargoes and scheduled publishing end by the scheduler expiring the
// lists tag, as for pages.
import "server-only";
import { unstable_cache } from "next/cache";
import {
  apiArticle,
  apiArticlePage,
  apiPeople,
  apiPerson,
  apiSections,
  apiTag,
  apiTags,
  apiTopics,
  type ApiArticleFilter,
} from "@/lib/content/api-queries";
import { findRetraction, findSection, type Cursor } from "@/lib/content/queries";
import { TAGS } from "@/lib/content/tags";
import { decodeTopicCursor, topicPage } from "@/lib/content/topic-queries";
import { getPublicDb } from "@/lib/db";

// A safety net only: expiry by tag is what keeps answers current.
const SAFETY_NET = { revalidate: 600 };
const lists = { tags: [TAGS.articleLists, TAGS.sections, TAGS.topics], ...SAFETY_NET };

export const getApiArticlePage = unstable_cache(
  async (filter: ApiArticleFilter, cursorIso: string | null, cursorId: number | null, limit: number) => {
    const cursor: Cursor | null =
      cursorIso !== null && cursorId !== null ? { publishedAt: new Date(cursorIso), id: cursorId } : null;
    return apiArticlePage(await getPublicDb(), new Date(), filter, cursor, limit);
  },
  ["api-article-page"],
  lists,
);

export function getApiArticle(id: number) {
  return unstable_cache(async () => apiArticle(await getPublicDb(), id, new Date()), ["api-article", String(id)], {
    tags: [TAGS.article(id), TAGS.articleLists, TAGS.topics],
    ...SAFETY_NET,
  })();
}

export function getApiRetraction(id: number) {
  return unstable_cache(async () => findRetraction(await getPublicDb(), id), ["api-retraction", String(id)], {
    tags: [TAGS.article(id)],
    ...SAFETY_NET,
  })();
}

export const getApiSections = unstable_cache(async () => apiSections(await getPublicDb()), ["api-sections"], {
  tags: [TAGS.sections],
  ...SAFETY_NET,
});

export const getApiSection = unstable_cache(
  async (slug: string) => findSection(await getPublicDb(), slug),
  ["api-section"],
  {
    tags: [TAGS.sections],
    ...SAFETY_NET,
  },
);

export const getApiTags = unstable_cache(
  async (afterId: number, limit: number) => apiTags(await getPublicDb(), new Date(), afterId, limit),
  ["api-tags"],
  lists,
);

export const getApiTag = unstable_cache(
  async (slug: string) => apiTag(await getPublicDb(), slug, new Date()),
  ["api-tag"],
  lists,
);

export const getApiPeople = unstable_cache(
  async (afterId: number, limit: number) => apiPeople(await getPublicDb(), new Date(), afterId, limit),
  ["api-people"],
  lists,
);

export const getApiPerson = unstable_cache(
  async (id: number) => apiPerson(await getPublicDb(), id, new Date()),
  ["api-person"],
  lists,
);

export const getApiTopics = unstable_cache(
  async (afterId: number, limit: number) => apiTopics(await getPublicDb(), new Date(), afterId, limit),
  ["api-topics"],
  lists,
);

export const getApiTopicPage = unstable_cache(
  async (slug: string, cursor: string | null, limit: number) =>
    topicPage(await getPublicDb(), slug, decodeTopicCursor(cursor), new Date(), limit),
  ["api-topic-page"],
  lists,
);
