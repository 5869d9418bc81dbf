// RSS 2.0 with full content (content:encoded) and every credited reporter as dc:creator.
import type { PublicArticle } from "@/lib/content/article-view";
import { articlePath } from "@/lib/content/article-view";
import { formatByline, formatClosingLine } from "@/lib/newsroom/byline";
import { docToHtml, escapeHtml } from "@/lib/newsroom/body";
import { formatChineseDateTime } from "@/lib/newsroom/time";

export interface FeedChannel {
  title: string;
  siteUrl: string;
  feedUrl: string;
  description: string;
  language: string;
  /** Zone of the dates printed inside item content. */
  timeZone: string;
}

const xml = escapeHtml;

// CDATA cannot contain "]]>": split it across two sections.
const cdata = (text: string) => `<![CDATA[${text.replace(/]]>/g, "]]]]><![CDATA[>")}]]>`;

/** RFC 822 date, as RSS 2.0 requires: "Fri, 05 Aug 2022 05:48:00 GMT". */
export const rfc822 = (iso: string) => new Date(iso).toUTCString();

// Corrections travel in the item itself, so a feed reader sees the item change.
function correctionsHtml(article: PublicArticle, timeZone: string): string {
  return article.corrections
    .map((correction) => {
      const label = correction.kind === "UPDATE" ? "更新" : "更正";
      const when = formatChineseDateTime(new Date(correction.at), timeZone);
      return `<p><strong>${label}(${when}):</strong>${xml(correction.text)}</p>`;
    })
    .join("\n");
}

function fullContent(article: PublicArticle, timeZone: string): string {
  const byline = formatByline(article.credits);
  const closing = formatClosingLine(article.credits);
  return [
    correctionsHtml(article, timeZone),
    byline && `<p>${xml(byline)}</p>`,
    docToHtml(article.body),
    closing && `<p>${xml(closing)}</p>`,
  ]
    .filter(Boolean)
    .join("\n");
}

function item(channel: FeedChannel, article: PublicArticle): string {
  const link = `${channel.siteUrl}${articlePath(article.id)}`;
  const creators = article.credits
    .filter((credit) => credit.role.key === "REPORTER" || credit.role.key === "TRAINEE_REPORTER")
    .map((credit) => `      <dc:creator>${xml(credit.name)}</dc:creator>`);
  const firstParagraph = article.body.content.find((block) => block.type === "paragraph");
  const summary = firstParagraph?.content?.map((node) => node.text).join("") ?? "";
  return [
    "    <item>",
    `      <title>${xml(article.title)}</title>`,
    `      <link>${xml(link)}</link>`,
    `      <guid isPermaLink="true">${xml(link)}</guid>`,
    `      <pubDate>${rfc822(article.publishedAt)}</pubDate>`,
    ...creators,
    `      <description>${xml(summary.slice(0, 200))}</description>`,
    `      <content:encoded>${cdata(fullContent(article, channel.timeZone))}</content:encoded>`,
    "    </item>",
  ]
    .filter(Boolean)
    .join("\n");
}

export function renderRss(channel: FeedChannel, articles: PublicArticle[], now: Date): string {
  const lastBuild = articles.reduce(
    (latest, article) => (article.modifiedAt > latest ? article.modifiedAt : latest),
    "",
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">',
    "  <channel>",
    `    <title>${xml(channel.title)}</title>`,
    `    <link>${xml(channel.siteUrl)}/</link>`,
    `    <atom:link href="${xml(channel.feedUrl)}" rel="self" type="application/rss+xml"/>`,
    `    <description>${xml(channel.description)}</description>`,
    `    <language>${xml(channel.language)}</language>`,
    `    <lastBuildDate>${rfc822(lastBuild || now.toISOString())}</lastBuildDate>`,
    ...articles.map((article) => item(channel, article)),
    "  </channel>",
    "</rss>",
    "",
  ].join("\n");
}
