// What public pages and feeds get of an article: plain, JSON-safe data (it passes through the cache).
import { creditSelect, mediaViewSelect, toPublicCredit } from "@/lib/content/cards";
import type { Prisma } from "@/lib/generated/prisma/client";
import { mediaIdsIn } from "@/lib/media/body-images";
import { publicMediaUrl } from "@/lib/media/storage";
import { toMediaImage, type MediaImage, type MediaRecord } from "@/lib/media/view";
import { parseStoredBody, type BodyDoc } from "@/lib/newsroom/body";
import type { CreditLine } from "@/lib/newsroom/credits";

export const publicArticleInclude = {
  credits: { orderBy: { position: "asc" }, select: creditSelect },
  section: { select: { id: true, slug: true, name: true } },
  tags: { orderBy: { position: "asc" }, include: { tag: { select: { slug: true, name: true } } } },
  corrections: { orderBy: { createdAt: "asc" } },
  coverMedia: { select: mediaViewSelect },
} satisfies Prisma.ArticleInclude;

export type PublicArticleRow = Prisma.ArticleGetPayload<{ include: typeof publicArticleInclude }>;

export interface PublicCredit extends CreditLine {
  personId: number;
}

export interface PublicCorrection {
  kind: "CORRECTION" | "UPDATE";
  text: string;
  /** ISO 8601 instant. */
  at: string;
}

export interface PublicArticle {
  id: number;
  kicker: string | null;
  title: string;
  subtitle: string | null;
  summary: string | null;
  source: string | null;
  sourceUrl: string | null;
  /** 转载: where a reprinted story first appeared; null for the newsroom's own. */
  reprint: { author: string | null; title: string | null; url: string | null } | null;
  /** ISO 8601 instants. */
  publishedAt: string;
  /** When an editor featured it on the home page, or null. */
  featuredAt: string | null;
  modifiedAt: string;
  credits: PublicCredit[];
  section: { slug: string; name: string } | null;
  tags: Array<{ slug: string; name: string }>;
  corrections: PublicCorrection[];
  body: BodyDoc;
  /** Shown on the page, on cards, in share previews and in feeds. */
  cover: MediaImage | null;
  /** The library records of the body's images, by media id, for their resized copies. */
  images: Record<string, MediaImage>;
}

/**
 * `bodyMedia` are the library records the body's images refer to (see mediaIdsIn); without them, body
 * images are drawn from their stored attributes alone.
 */
export function toPublicArticle(row: PublicArticleRow, bodyMedia: readonly MediaRecord[] = []): PublicArticle {
  const used = mediaIdsIn(row.body);
  const images: Record<string, MediaImage> = {};
  for (const media of bodyMedia) {
    if (used.has(media.id)) images[String(media.id)] = toMediaImage(media, publicMediaUrl);
  }
  const publishedAt = (row.publishedAt ?? row.createdAt).toISOString();
  return {
    id: row.id,
    kicker: row.kicker,
    title: row.title,
    subtitle: row.subtitle,
    summary: row.summary,
    source: row.source,
    sourceUrl: row.sourceUrl,
    reprint:
      row.originalAuthor || row.originalTitle || row.originalUrl
        ? { author: row.originalAuthor, title: row.originalTitle, url: row.originalUrl }
        : null,
    publishedAt,
    featuredAt: row.featuredAt?.toISOString() ?? null,
    modifiedAt: row.modifiedAt?.toISOString() ?? publishedAt,
    credits: row.credits.map(toPublicCredit),
    section: row.section ? { slug: row.section.slug, name: row.section.name } : null,
    tags: row.tags.map((link) => ({ slug: link.tag.slug, name: link.tag.name })),
    corrections: row.corrections.map((correction) => ({
      kind: correction.kind,
      text: correction.text,
      at: correction.createdAt.toISOString(),
    })),
    body: parseStoredBody(row.body),
    cover: row.coverMedia ? toMediaImage(row.coverMedia, publicMediaUrl) : null,
    images,
  };
}

export const articlePath = (id: number) => `/articles/${id}`;
export const sectionPath = (slug: string) => `/sections/${encodeURIComponent(slug)}`;
export const tagPath = (slug: string) => `/tags/${encodeURIComponent(slug)}`;
export const personPath = (id: number) => `/people/${id}`;
