// What every feed format says about an article, computed once: absolute links, full content with
// byline, corrections and editor line, who wrote it and who else contributed, categories, cover image.
import { articlePath, type PublicArticle } from "@/lib/content/article-view";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n";
import { formatByline, formatClosingLine, type BylineStyle } from "@/lib/newsroom/byline";
import { bodyPlainText, docToHtml, escapeHtml } from "@/lib/newsroom/body";
import { bodyImageResolver } from "@/lib/media/body-resolver";
import { absoluteUrl } from "@/lib/media/urls";
import { formatDateline } from "@/lib/newsroom/time";

export interface FeedChannel {
  title: string;
  siteUrl: string;
  /** The feed's own address (self link). */
  feedUrl: string;
  /** The WebSub hub subscribers may use instead of polling (WEBSUB_HUB_URL). */
  hubUrl?: string;
  /** The page the feed mirrors (home, a section, a tag, a person). */
  pageUrl: string;
  description: string;
  /** The content language (BCP 47). */
  language: string;
  /** Zone of the dates printed inside item content. */
  timeZone: string;
  /** The interface language's words, for the labels inside item content. */
  words: Messages;
  bylineStyle: BylineStyle;
}

export interface FeedPerson {
  name: string;
  role: string;
  url: string;
}

export interface FeedItem {
  id: string;
  url: string;
  title: string;
  summary: string;
  contentHtml: string;
  published: string;
  modified: string;
  /** Credited reporters (记者, 见习记者). */
  authors: FeedPerson[];
  /** Everyone else credited: correspondents, photographers, editors. */
  contributors: FeedPerson[];
  categories: string[];
  image: {
    url: string;
    type: string;
    length: number;
    width: number;
    height: number;
    alt: string;
    caption: string | null;
    credit: string | null;
  } | null;
}

const AUTHOR_ROLES = new Set(["REPORTER", "TRAINEE_REPORTER"]);

function correctionsHtml(article: PublicArticle, channel: FeedChannel): string {
  const { feeds } = channel.words;
  return article.corrections
    .map((correction) => {
      const time = formatDateline(new Date(correction.at), channel.timeZone, channel.words.dateStyle);
      const label = fill(correction.kind === "UPDATE" ? feeds.update : feeds.correction, { time });
      return `<p><strong>${escapeHtml(label)}</strong>${escapeHtml(correction.text)}</p>`;
    })
    .join("\n");
}

export function feedItem(channel: FeedChannel, article: PublicArticle): FeedItem {
  const url = `${channel.siteUrl}${articlePath(article.id)}`;
  const byline = formatByline(article.credits, channel.bylineStyle);
  const closing = formatClosingLine(article.credits, channel.bylineStyle);
  const people = article.credits.map((credit) => ({
    name: credit.name,
    role: credit.role.zh,
    url: `${channel.siteUrl}/people/${credit.personId}`,
    author: AUTHOR_ROLES.has(credit.role.key),
  }));
  const cover = article.cover;
  // Feed readers show the content away from the site, where a path like /media/… leads nowhere.
  const resolveImage = bodyImageResolver(article.images, (link) => absoluteUrl(link, channel.siteUrl));
  return {
    id: url,
    url,
    title: article.title,
    summary: article.summary ?? bodyPlainText(article.body).slice(0, 200),
    // Corrections travel inside the item, so a feed reader sees the item change.
    contentHtml: [
      correctionsHtml(article, channel),
      byline && `<p>${escapeHtml(byline)}</p>`,
      docToHtml(article.body, {
        resolveImage,
        photoCredit: channel.words.article.photoCredit,
        target: "feed",
        labels: channel.words.bodies.render,
      }),
      closing && `<p>${escapeHtml(closing)}</p>`,
    ]
      .filter(Boolean)
      .join("\n"),
    published: article.publishedAt,
    modified: article.modifiedAt,
    authors: people.filter((person) => person.author).map(({ name, role, url: link }) => ({ name, role, url: link })),
    contributors: people
      .filter((person) => !person.author)
      .map(({ name, role, url: link }) => ({ name, role, url: link })),
    categories: [...(article.section ? [article.section.name] : []), ...article.tags.map((tag) => tag.name)],
    image: cover
      ? {
          url: absoluteUrl(cover.large.url, channel.siteUrl),
          type: cover.large.mimeType,
          length: cover.large.bytes,
          width: cover.large.width,
          height: cover.large.height,
          alt: cover.alt,
          caption: cover.caption,
          credit: cover.credit,
        }
      : null,
  };
}

/** The newest change among the items, for the feed's own updated date and Last-Modified. */
export function latestChange(items: readonly FeedItem[], fallback: Date): string {
  return (
    items.reduce((latest, item) => (item.modified > latest ? item.modified : latest), "") || fallback.toISOString()
  );
}
