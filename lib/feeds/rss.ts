// RSS 2.0 with full content (content:encoded), every credited reporter as dc:creator and everyone else
// as dc:contributor, categories, and the cover image both as an enclosure (RSS 2.0's own) and as Media
// RSS media:content (what most readers show).
import { latestChange, type FeedChannel, type FeedItem } from "@/lib/feeds/item";
import { escapeHtml } from "@/lib/newsroom/body";

const xml = escapeHtml;

// CDATA cannot contain "]]>": split it across two sections.
const cdata = (text: string) => `<![CDATA[${text.replace(/]]>/g, "]]]]><![CDATA[>")}]]>`;

/** RFC 822 date, as RSS 2.0 requires: "Fri, 05 Aug 2022 05:48:00 GMT". */
export const rfc822 = (iso: string) => new Date(iso).toUTCString();

function coverElements(image: NonNullable<FeedItem["image"]>): string[] {
  const url = xml(image.url);
  const type = xml(image.type);
  return [
    `      <enclosure url="${url}" length="${image.length}" type="${type}"/>`,
    `      <media:content url="${url}" type="${type}" medium="image" width="${image.width}" height="${image.height}" fileSize="${image.length}">`,
    image.alt ? `        <media:title type="plain">${xml(image.alt)}</media:title>` : "",
    image.caption ? `        <media:description type="plain">${xml(image.caption)}</media:description>` : "",
    image.credit ? `        <media:credit role="photographer">${xml(image.credit)}</media:credit>` : "",
    "      </media:content>",
  ];
}

function item(entry: FeedItem): string {
  return [
    "    <item>",
    `      <title>${xml(entry.title)}</title>`,
    `      <link>${xml(entry.url)}</link>`,
    `      <guid isPermaLink="true">${xml(entry.id)}</guid>`,
    `      <pubDate>${rfc822(entry.published)}</pubDate>`,
    ...entry.authors.map((author) => `      <dc:creator>${xml(author.name)}</dc:creator>`),
    ...entry.contributors.map(
      (contributor) => `      <dc:contributor>${xml(`${contributor.role} ${contributor.name}`)}</dc:contributor>`,
    ),
    ...entry.categories.map((category) => `      <category>${xml(category)}</category>`),
    `      <dc:date>${entry.modified}</dc:date>`,
    `      <description>${xml(entry.summary)}</description>`,
    `      <content:encoded>${cdata(entry.contentHtml)}</content:encoded>`,
    ...(entry.image ? coverElements(entry.image) : []),
    "    </item>",
  ]
    .filter(Boolean)
    .join("\n");
}

export function renderRss(channel: FeedChannel, items: FeedItem[], now: Date): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/">',
    "  <channel>",
    `    <title>${xml(channel.title)}</title>`,
    `    <link>${xml(channel.pageUrl)}</link>`,
    `    <atom:link href="${xml(channel.feedUrl)}" rel="self" type="application/rss+xml"/>`,
    channel.hubUrl ? `    <atom:link href="${xml(channel.hubUrl)}" rel="hub"/>` : "",
    `    <description>${xml(channel.description)}</description>`,
    `    <language>${xml(channel.language)}</language>`,
    `    <lastBuildDate>${rfc822(latestChange(items, now))}</lastBuildDate>`,
    ...items.map(item),
    "  </channel>",
    "</rss>",
    "",
  ]
    .filter((line, index, lines) => line !== "" || index === lines.length - 1)
    .join("\n");
}
