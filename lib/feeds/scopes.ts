// The feeds Masthead publishes: the whole site, and each section, tag, person and topic, each in RSS 2.0,
// Atom 1.0 and JSON Feed 1.1.
import "server-only";
import { FEED_SIZE, getFeedContent, getSiteSettings } from "@/lib/content/articles";
import { personPath, sectionPath, tagPath, type PublicArticle } from "@/lib/content/article-view";
import type { ListScope } from "@/lib/content/queries";
import { topicPath } from "@/lib/content/topic-queries";
import { getTopicFeedContent } from "@/lib/content/topics";
import { env } from "@/lib/env";
import { renderAtom } from "@/lib/feeds/atom";
import type { FeedDocument } from "@/lib/feeds/response";
import { feedItem, latestChange, type FeedChannel } from "@/lib/feeds/item";
import { renderJsonFeed } from "@/lib/feeds/json-feed";
import { renderRss } from "@/lib/feeds/rss";
import { getMessages, type Messages } from "@/lib/i18n";
import { CONTENT_LANGUAGE_CODES } from "@/lib/i18n/content-language";
import { fill } from "@/lib/i18n/fill";

export type FeedFormat = "rss" | "atom" | "json";
export type FeedScope = ListScope | { kind: "topic"; slug: string };

export const FEED_FILES: Record<FeedFormat, { file: string; type: string }> = {
  rss: { file: "feed.xml", type: "application/rss+xml; charset=utf-8" },
  atom: { file: "atom.xml", type: "application/atom+xml; charset=utf-8" },
  json: { file: "feed.json", type: "application/feed+json; charset=utf-8" },
};

/** The page a scope's feeds mirror, relative to the site. */
export function scopePath(scope: FeedScope): string {
  if (scope.kind === "site") return "";
  if (scope.kind === "section") return sectionPath(scope.slug);
  if (scope.kind === "tag") return tagPath(scope.slug);
  if (scope.kind === "topic") return topicPath(scope.slug);
  return personPath(scope.id);
}

async function load(scope: FeedScope, words: Messages): Promise<{ title: string; articles: PublicArticle[] } | null> {
  const content = scope.kind === "topic" ? await getTopicFeedContent(scope.slug) : await getFeedContent(scope);
  if (!content) return null;
  const title = content.name ? fill(words.feeds.scopedTitle, { name: content.name, site: env.siteName }) : env.siteName;
  return { title, articles: content.articles };
}

/** The feed document, or null when the section, tag or person does not exist. */
export async function buildFeed(scope: FeedScope, format: FeedFormat, now: Date): Promise<FeedDocument | null> {
  // The settings are cached with their tag, so saving them expires every feed built from them.
  const settings = await getSiteSettings();
  const words = getMessages(settings.language);
  const loaded = await load(scope, words);
  if (!loaded) return null;
  const path = scopePath(scope);
  const channel: FeedChannel = {
    title: loaded.title,
    siteUrl: env.siteUrl,
    feedUrl: `${env.siteUrl}${path}/${FEED_FILES[format].file}`,
    pageUrl: `${env.siteUrl}${path || "/"}`,
    description: fill(words.feeds.description, { title: loaded.title }),
    language: CONTENT_LANGUAGE_CODES[settings.contentLanguage].tag,
    timeZone: env.timeZone,
    words,
    bylineStyle: settings.bylineStyle,
    hubUrl: env.push.websubHubUrl,
  };
  const items = loaded.articles.slice(0, FEED_SIZE).map((article) => feedItem(channel, article));
  const body =
    format === "rss"
      ? renderRss(channel, items, now)
      : format === "atom"
        ? renderAtom(channel, items, now)
        : renderJsonFeed(channel, items, now);
  const hub = channel.hubUrl ? { hubUrl: channel.hubUrl, selfUrl: channel.feedUrl } : undefined;
  return { body, contentType: FEED_FILES[format].type, lastModified: latestChange(items, now), hub };
}
