// Atom 1.0 (RFC 4287): RFC 3339 dates, full content, authors and contributors, categories, cover as enclosure.
import { escapeHtml } from "@/lib/newsroom/body";
import { latestChange, type FeedChannel, type FeedItem } from "@/lib/feeds/item";

const xml = escapeHtml;

function person(tag: "author" | "contributor", entry: { name: string; url: string }): string {
  return `    <${tag}><name>${xml(entry.name)}</name><uri>${xml(entry.url)}</uri></${tag}>`;
}

function entry(item: FeedItem): string {
  return [
    "  <entry>",
    `    <id>${xml(item.id)}</id>`,
    `    <title>${xml(item.title)}</title>`,
    `    <link rel="alternate" type="text/html" href="${xml(item.url)}"/>`,
    `    <published>${item.published}</published>`,
    `    <updated>${item.modified}</updated>`,
    ...item.authors.map((author) => person("author", author)),
    ...item.contributors.map((contributor) => person("contributor", contributor)),
    ...item.categories.map((category) => `    <category term="${xml(category)}"/>`),
    item.image
      ? `    <link rel="enclosure" type="${xml(item.image.type)}" length="${item.image.length}" href="${xml(item.image.url)}"/>`
      : "",
    `    <summary type="text">${xml(item.summary)}</summary>`,
    `    <content type="html">${xml(item.contentHtml)}</content>`,
    "  </entry>",
  ]
    .filter(Boolean)
    .join("\n");
}

export function renderAtom(channel: FeedChannel, items: FeedItem[], now: Date): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${xml(channel.language)}">`,
    `  <id>${xml(channel.feedUrl)}</id>`,
    `  <title>${xml(channel.title)}</title>`,
    `  <subtitle>${xml(channel.description)}</subtitle>`,
    `  <link rel="self" type="application/atom+xml" href="${xml(channel.feedUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xml(channel.pageUrl)}"/>`,
    channel.hubUrl ? `  <link rel="hub" href="${xml(channel.hubUrl)}"/>` : "",
    `  <updated>${latestChange(items, now)}</updated>`,
    `  <author><name>${xml(channel.title)}</name><uri>${xml(channel.siteUrl)}/</uri></author>`,
    ...items.map(entry),
    "</feed>",
    "",
  ]
    .filter((line, index, lines) => line !== "" || index === lines.length - 1)
    .join("\n");
}
