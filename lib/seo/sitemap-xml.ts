// Sitemap protocol documents (sitemaps.org) and the Google News extension.
import { escapeHtml } from "@/lib/newsroom/body";

const xml = escapeHtml;
const HEAD = '<?xml version="1.0" encoding="UTF-8"?>';

export function sitemapIndex(entries: Array<{ url: string; lastModified?: Date }>): string {
  return [
    HEAD,
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...entries.map(
      (entry) =>
        `  <sitemap><loc>${xml(entry.url)}</loc>${entry.lastModified ? `<lastmod>${entry.lastModified.toISOString()}</lastmod>` : ""}</sitemap>`,
    ),
    "</sitemapindex>",
    "",
  ].join("\n");
}

export function urlSet(entries: Array<{ url: string; lastModified?: Date | null }>): string {
  return [
    HEAD,
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...entries.map(
      (entry) =>
        `  <url><loc>${xml(entry.url)}</loc>${entry.lastModified ? `<lastmod>${entry.lastModified.toISOString()}</lastmod>` : ""}</url>`,
    ),
    "</urlset>",
    "",
  ].join("\n");
}

export function newsUrlSet(
  publication: { name: string; language: string },
  entries: Array<{ url: string; title: string; published: Date; keywords: string[] }>,
): string {
  return [
    HEAD,
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">',
    ...entries.map((entry) =>
      [
        "  <url>",
        `    <loc>${xml(entry.url)}</loc>`,
        "    <news:news>",
        `      <news:publication><news:name>${xml(publication.name)}</news:name><news:language>${xml(publication.language)}</news:language></news:publication>`,
        `      <news:publication_date>${entry.published.toISOString()}</news:publication_date>`,
        `      <news:title>${xml(entry.title)}</news:title>`,
        entry.keywords.length ? `      <news:keywords>${xml(entry.keywords.join(", "))}</news:keywords>` : "",
        "    </news:news>",
        "  </url>",
      ]
        .filter(Boolean)
        .join("\n"),
    ),
    "</urlset>",
    "",
  ].join("\n");
}

export const XML_HEADERS = { "Content-Type": "application/xml; charset=utf-8" };
