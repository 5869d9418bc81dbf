// JSON Feed 1.1 (https://jsonfeed.org/version/1.1).
import { latestChange, type FeedChannel, type FeedItem } from "@/lib/feeds/item";

export function renderJsonFeed(channel: FeedChannel, items: FeedItem[], now: Date): string {
  return JSON.stringify(
    {
      version: "https://jsonfeed.org/version/1.1",
      title: channel.title,
      home_page_url: channel.pageUrl,
      feed_url: channel.feedUrl,
      description: channel.description,
      language: channel.language,
      ...(channel.hubUrl ? { hubs: [{ type: "WebSub", url: channel.hubUrl }] } : {}),
      _masthead: { updated: latestChange(items, now) },
      items: items.map((item) => ({
        id: item.id,
        url: item.url,
        title: item.title,
        summary: item.summary,
        content_html: item.contentHtml,
        date_published: item.published,
        date_modified: item.modified,
        authors: item.authors.map((author) => ({ name: author.name, url: author.url })),
        tags: item.categories,
        ...(item.image
          ? {
              image: item.image.url,
              attachments: [{ url: item.image.url, mime_type: item.image.type, size_in_bytes: item.image.length }],
            }
          : {}),
        _masthead: { contributors: item.contributors },
      })),
    },
    null,
    2,
  );
}
