// Cache tags for public content. Writes name the tags they touch; reads are cached under them. The same
// names are the surrogate keys of public responses (lib/cache/response-policy.ts) and what the purge hook
// sends to edge caches, so one vocabulary says what a response depends on everywhere.
export const TAGS = {
  /** Any list of published articles: home, sections, tags, people, feeds. */
  articleLists: "articles",
  article: (id: number) => `article:${id}`,
  person: (id: number) => `person:${id}`,
  sections: "sections",
  /** Any topic (专题): its page, its feed, the article pages that link to it, the sitemap. */
  topics: "topics",
  settings: "settings",
  /** The 热门 (most read) lists: expired after view flushes, at most every POPULAR_REFRESH_SECONDS. */
  popular: "popular",
  /**
   * Read by a page that must answer 410 Gone (a retracted article). Pages cannot set their status;
   * the response cache does, for the first response and every cached one.
   */
  gone: "status:410",
  /** Read by a page that names nothing (an unknown article, section, cursor…): answered 404. */
  notFound: "status:404",
} as const;

/** Next's own implicit tags (one per route segment) mean nothing outside the app. */
const IMPLICIT = "_N_T_";

/** Whether a tag names content (and so is a surrogate key), rather than a route or a status. */
export const isPublicTag = (tag: string): boolean => !tag.startsWith(IMPLICIT) && !tag.startsWith("status:");

/** The HTTP status a response declared through its tags, if any. */
export function statusOfTags(tags: readonly string[]): number | undefined {
  if (tags.includes(TAGS.gone)) return 410;
  return tags.includes(TAGS.notFound) ? 404 : undefined;
}
