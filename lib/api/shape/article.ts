// An article as the API gives it: what its public page shows, as data. The body comes twice: the stored
// document (lib/newsroom/body/schema.ts), and HTML from the one renderer the page and the feeds use
// (docToHtml, an allow-list that escapes all text), in its "feed" form, meant for HTML shown away
// from the site: a video is a link rather than a player that needs the site's script.
import type { ApiArticleRecord } from "@/lib/content/api-queries";
import { articlePath, personPath, sectionPath, tagPath, type PublicArticle } from "@/lib/content/article-view";
import type { ArticleCard } from "@/lib/content/cards";
import { topicPath } from "@/lib/content/topic-queries";
import type { Messages } from "@/lib/i18n";
import { bodyImageResolver } from "@/lib/media/body-resolver";
import { absoluteUrl } from "@/lib/media/urls";
import { docToHtml, type BodyDoc } from "@/lib/newsroom/body";
import { formatByline, formatClosingLine, type BylineStyle } from "@/lib/newsroom/byline";
import { toApiImage, type ApiImage } from "@/lib/api/shape/image";
import { isoWithOffset } from "@/lib/newsroom/time";

export interface ShapeOptions {
  siteUrl: string;
  timeZone: string;
  bylineStyle: BylineStyle;
  messages: Messages;
}

export interface ApiCredit {
  position: number;
  role: { key: string; name: string; nameEn: string; placement: "byline" | "closing" };
  person: { id: number; name: string; url: string };
  affiliation: string | null;
}

export interface ApiArticleSummary {
  id: number;
  url: string;
  kicker: string | null;
  title: string;
  summary: string | null;
  source: string | null;
  publishedAt: string;
  section: { slug: string; name: string; url: string } | null;
  credits: ApiCredit[];
  byline: { text: string | null; closing: string | null };
  cover: ApiImage | null;
}

export interface ApiArticle extends ApiArticleSummary {
  subtitle: string | null;
  sourceUrl: string | null;
  reprint: PublicArticle["reprint"];
  modifiedAt: string;
  tags: Array<{ slug: string; name: string; url: string }>;
  topics: Array<{ id: number; slug: string; title: string; url: string }>;
  body: { document: BodyDoc; html: string };
  corrections: Array<{ kind: "CORRECTION" | "UPDATE"; text: string; at: string }>;
}

function summaryOf(article: PublicArticle | ArticleCard, o: ShapeOptions): ApiArticleSummary {
  const site = (path: string) => absoluteUrl(path, o.siteUrl);
  return {
    id: article.id,
    url: site(articlePath(article.id)),
    kicker: article.kicker,
    title: article.title,
    summary: article.summary,
    source: article.source,
    publishedAt: isoWithOffset(article.publishedAt, o.timeZone),
    section: article.section && { ...article.section, url: site(sectionPath(article.section.slug)) },
    credits: article.credits.map((credit, index) => ({
      position: index + 1,
      role: { key: credit.role.key, name: credit.role.zh, nameEn: credit.role.en, placement: credit.role.placement },
      person: { id: credit.personId, name: credit.name, url: site(personPath(credit.personId)) },
      affiliation: credit.affiliation ?? null,
    })),
    byline: {
      text: formatByline(article.credits, o.bylineStyle),
      closing: formatClosingLine(article.credits, o.bylineStyle),
    },
    cover: article.cover && toApiImage(article.cover, o.siteUrl),
  };
}

export const toApiArticleSummary = (card: ArticleCard, o: ShapeOptions): ApiArticleSummary => summaryOf(card, o);

export function toApiArticle({ article, topics }: ApiArticleRecord, o: ShapeOptions): ApiArticle {
  const site = (path: string) => absoluteUrl(path, o.siteUrl);
  const html = docToHtml(article.body, {
    resolveImage: bodyImageResolver(article.images, site),
    photoCredit: o.messages.article.photoCredit,
    target: "feed",
    labels: o.messages.bodies.render,
  });
  return {
    ...summaryOf(article, o),
    subtitle: article.subtitle,
    sourceUrl: article.sourceUrl,
    reprint: article.reprint,
    modifiedAt: isoWithOffset(article.modifiedAt, o.timeZone),
    tags: article.tags.map((tag) => ({ ...tag, url: site(tagPath(tag.slug)) })),
    topics: topics.map((topic) => ({ ...topic, url: site(topicPath(topic.slug)) })),
    body: { document: article.body, html },
    corrections: article.corrections.map((correction) => ({
      kind: correction.kind,
      text: correction.text,
      at: isoWithOffset(correction.at, o.timeZone),
    })),
  };
}
