// Cached public reads for pages and feeds. Writes expire the tags they touch (lib/content/revalidate.ts)
// and the scheduler expires them when an embargo ends or a scheduled article goes live, so readers see
// changes on the very next request while repeated reads never reach Postgres.
import "server-only";
import { unstable_cache } from "next/cache";
import { cache } from "react";
import type { PublicArticle } from "@/lib/content/article-view";
import {
  decodeCursor,
  findAdjacent,
  findPerson,
  findPublishedArticle,
  findRetraction,
  findSection,
  findTag,
  homePage,
  listPage,
  feedContent,
  listRelated,
  listSections,
  type ArticlePage,
  type ListScope,
} from "@/lib/content/queries";
import { newsSitemapArticles, sitemapArticles, sitemapChunks, sitemapListings } from "@/lib/content/sitemap";
import { TAGS } from "@/lib/content/tags";
import { getPublicDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { searchArticles, type SearchFilters } from "@/lib/search/search-articles";
import { readSiteSettings } from "@/lib/services/settings/site-settings";

export const FEED_SIZE = 50;
export const LIST_SIZE = 20;

// A safety net only: expiry by tag is what keeps pages current.
const SAFETY_NET = { revalidate: 600 };
const lists = { tags: [TAGS.articleLists], ...SAFETY_NET };

// Once per request (React's cache): the page and its metadata both ask for the article, and on a miss
// the data cache would otherwise load it twice.
export const getPublishedArticle = cache((id: number) =>
  unstable_cache(
    async () => findPublishedArticle(await getPublicDb(), id, new Date()),
    ["published-article", String(id)],
    // The lists tag too: a rename of a person, section or tag (which expires lists) changes the byline
    // and the labels of every article carrying them.
    { tags: [TAGS.article(id), TAGS.articleLists], ...SAFETY_NET },
  )(),
);

/**
 * What surrounds an article on its page: related reading and its neighbours in time. Takes the article
 * the page has already loaded; cached by its id under the lists tag, which every article write expires.
 */
export function getArticleContext(article: PublicArticle) {
  return unstable_cache(
    async () => {
      const db = await getPublicDb();
      const now = new Date();
      const [related, adjacent] = await Promise.all([listRelated(db, article, now, 4), findAdjacent(db, article, now)]);
      return { related, ...adjacent };
    },
    ["article-context", String(article.id)],
    lists,
  )();
}

export function getRetraction(id: number) {
  return unstable_cache(async () => findRetraction(await getPublicDb(), id), ["retraction", String(id)], {
    tags: [TAGS.article(id)],
    ...SAFETY_NET,
  })();
}

/**
 * Makes the page being rendered answer 410 Gone: it now depends on the status tag, which the response
 * cache turns into the status of this response and of every cached copy (lib/cache/response-policy.ts).
 */
export const declareGone = unstable_cache(async () => true, ["status-gone"], { tags: [TAGS.gone] });

/**
 * Makes the page being rendered answer 404 Not Found, the same way. A public page that names nothing
 * renders the site's not-found notice itself rather than throwing notFound(): thrown from a cached
 * page, Next answers with an empty shell that only its client runtime fills in, and readers get HTML.
 */
export const declareNotFound = unstable_cache(async () => true, ["status-not-found"], { tags: [TAGS.notFound] });

/** A feed's newest whole articles (feeds carry full content; lists only cards). */
export const getFeedContent = unstable_cache(
  async (scope: ListScope) => feedContent(await getPublicDb(), scope, new Date(), FEED_SIZE),
  ["feed-content"],
  { tags: [TAGS.articleLists, TAGS.sections], ...SAFETY_NET },
);

export const getHomePage = unstable_cache(async () => homePage(await getPublicDb(), new Date()), ["home-page"], {
  tags: [TAGS.articleLists, TAGS.sections],
  ...SAFETY_NET,
});

function page(filter: Prisma.ArticleWhereInput, cursor: string | undefined): Promise<ArticlePage> {
  return getPublicDb().then((db) => listPage(db, new Date(), filter, decodeCursor(cursor), LIST_SIZE));
}

export const getSectionPage = unstable_cache(
  async (slug: string, cursor?: string) => {
    const section = await findSection(await getPublicDb(), slug);
    return section && { section, ...(await page({ sectionId: section.id }, cursor)) };
  },
  ["section-page"],
  { tags: [TAGS.articleLists, TAGS.sections], ...SAFETY_NET },
);

export const getTagPage = unstable_cache(
  async (slug: string, cursor?: string) => {
    const tag = await findTag(await getPublicDb(), slug);
    return tag && { tag, ...(await page({ tags: { some: { tagId: tag.id } } }, cursor)) };
  },
  ["tag-page"],
  lists,
);

export function getPersonPage(id: number, cursor?: string) {
  return unstable_cache(
    async () => {
      const person = await findPerson(await getPublicDb(), id);
      return person && { person, ...(await page({ credits: { some: { personId: id } } }, cursor)) };
    },
    ["person-page", String(id), cursor ?? ""],
    { tags: [TAGS.articleLists, TAGS.person(id)], ...SAFETY_NET },
  )();
}

/** Articles published within [from, to), e.g. one day or one month in the site's zone. */
export const getArchivePage = unstable_cache(
  async (fromIso: string, toIso: string, cursor?: string) =>
    page({ publishedAt: { gte: new Date(fromIso), lt: new Date(toIso) } }, cursor),
  ["archive-page"],
  lists,
);

export const getSearchResults = unstable_cache(
  async (filters: SearchFilters) => searchArticles(await getPublicDb(), filters, new Date()),
  ["search-results"],
  lists,
);

export const getSitemapChunks = unstable_cache(
  async () => sitemapChunks(await getPublicDb(), new Date()),
  ["sitemap-chunks"],
  lists,
);

export const getSitemapArticles = unstable_cache(
  async (chunk: number) => sitemapArticles(await getPublicDb(), chunk, new Date()),
  ["sitemap-articles"],
  lists,
);

// The news sitemap covers a moving window (48 hours): it also ages out by time, not only by writes.
export const getNewsSitemapArticles = unstable_cache(
  async () => newsSitemapArticles(await getPublicDb(), new Date()),
  ["news-sitemap"],
  { tags: [TAGS.articleLists], revalidate: 300 },
);

export const getSitemapListings = unstable_cache(
  async () => sitemapListings(await getPublicDb()),
  ["sitemap-listings"],
  {
    tags: [TAGS.articleLists, TAGS.sections],
    ...SAFETY_NET,
  },
);

export const getSections = unstable_cache(async () => listSections(await getPublicDb()), ["sections"], {
  tags: [TAGS.sections],
  ...SAFETY_NET,
});

export const getSiteSettings = unstable_cache(async () => readSiteSettings(await getPublicDb()), ["site-settings"], {
  tags: [TAGS.settings],
  ...SAFETY_NET,
});
