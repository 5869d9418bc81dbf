// schema.org LiveBlogPosting for live coverage (https://schema.org/LiveBlogPosting): the article's
// NewsArticle data, the coverage's start and end, and each entry as a BlogPosting in liveBlogUpdate.
import { articlePath, type PublicArticle } from "@/lib/content/article-view";
import type { LiveCoverage } from "@/lib/content/live-queries";
import { newsArticleJsonLd } from "@/lib/seo/json-ld";

interface Site {
  url: string;
  name: string;
  logoUrl: string;
  /** The content language's tag (inLanguage). */
  language: string;
}

/** Search engines read only the newest updates; a long live blog keeps the JSON-LD small. */
export const LIVE_JSON_LD_UPDATES = 50;

export function liveBlogPostingJsonLd(
  site: Site,
  article: PublicArticle,
  coverage: LiveCoverage,
): Record<string, unknown> {
  const url = `${site.url}${articlePath(article.id)}`;
  const newest = [...coverage.entries].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : b.id - a.id));
  return {
    ...newsArticleJsonLd(site, article),
    "@type": "LiveBlogPosting",
    coverageStartTime: coverage.startedAt,
    ...(coverage.endsAt ? { coverageEndTime: coverage.endsAt } : {}),
    dateModified: coverage.updatedAt > article.modifiedAt ? coverage.updatedAt : article.modifiedAt,
    liveBlogUpdate: newest.slice(0, LIVE_JSON_LD_UPDATES).map((entry) => ({
      "@type": "BlogPosting",
      "@id": `${url}#live-${entry.id}`,
      url: `${url}#live-${entry.id}`,
      headline: entry.text.split("\n")[0]?.slice(0, 110) ?? "",
      articleBody: entry.text,
      datePublished: entry.at,
      dateModified: entry.updatedAt,
      ...(entry.credit ? { author: { "@type": "Person", name: entry.credit } } : {}),
    })),
  };
}
