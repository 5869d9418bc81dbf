// Cached public reads for pages and feeds. Writes expire the tags they touch (lib/content/revalidate.ts)
// and the scheduler expires them when an embargo ends or a scheduled article goes live, so readers
// see changes on the very next request while repeated reads never reach Postgres.
import "server-only";
import { unstable_cache } from "next/cache";
import {
  findPerson,
  findPublishedArticle,
  findSection,
  findTag,
  listPublishedArticles,
  listSections,
} from "@/lib/content/queries";
import { TAGS } from "@/lib/content/tags";
import { getDb } from "@/lib/db";
import { readSiteSettings } from "@/lib/services/settings/site-settings";

export const FEED_SIZE = 50;
export const HOME_SIZE = 30;
export const LIST_SIZE = 50;

// A safety net only: expiry by tag is what keeps pages current.
const SAFETY_NET = { revalidate: 600 };

export function getPublishedArticle(id: number) {
  return unstable_cache(
    async () => findPublishedArticle(await getDb(), id, new Date()),
    ["published-article", String(id)],
    { tags: [TAGS.article(id)], ...SAFETY_NET },
  )();
}

export const getLatestArticles = unstable_cache(
  async (limit: number) => listPublishedArticles(await getDb(), new Date(), limit),
  ["latest-articles"],
  { tags: [TAGS.articleLists], ...SAFETY_NET },
);

export const getSectionPage = unstable_cache(
  async (slug: string) => {
    const db = await getDb();
    const section = await findSection(db, slug);
    if (!section) return null;
    return { section, articles: await listPublishedArticles(db, new Date(), LIST_SIZE, { sectionId: section.id }) };
  },
  ["section-page"],
  { tags: [TAGS.articleLists, TAGS.sections], ...SAFETY_NET },
);

export const getTagPage = unstable_cache(
  async (slug: string) => {
    const db = await getDb();
    const tag = await findTag(db, slug);
    if (!tag) return null;
    const filter = { tags: { some: { tagId: tag.id } } };
    return { tag, articles: await listPublishedArticles(db, new Date(), LIST_SIZE, filter) };
  },
  ["tag-page"],
  { tags: [TAGS.articleLists], ...SAFETY_NET },
);

export function getPersonPage(id: number) {
  return unstable_cache(
    async () => {
      const db = await getDb();
      const person = await findPerson(db, id);
      if (!person) return null;
      const filter = { credits: { some: { personId: id } } };
      return { person, articles: await listPublishedArticles(db, new Date(), LIST_SIZE, filter) };
    },
    ["person-page", String(id)],
    { tags: [TAGS.articleLists, TAGS.person(id)], ...SAFETY_NET },
  )();
}

export const getSections = unstable_cache(async () => listSections(await getDb()), ["sections"], {
  tags: [TAGS.sections],
  ...SAFETY_NET,
});

export const getSiteSettings = unstable_cache(async () => readSiteSettings(await getDb()), ["site-settings"], {
  tags: [TAGS.settings],
  ...SAFETY_NET,
});
