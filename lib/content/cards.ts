// What a list shows of an article (a card): the fields it draws and nothing else. Lists are the reads
// that touch many rows, so they never load bodies, corrections or whole media records.
import type { PublicCredit } from "@/lib/content/article-view";
import type { Prisma } from "@/lib/generated/prisma/client";
import { publicMediaUrl } from "@/lib/media/storage";
import { toMediaImage, type MediaImage } from "@/lib/media/view";

/** The columns of a Media row that an image view needs (lib/media/view.ts MediaRecord). */
export const mediaViewSelect = {
  id: true,
  storageKey: true,
  mimeType: true,
  width: true,
  height: true,
  bytes: true,
  alt: true,
  caption: true,
  credit: true,
  originalName: true,
  variants: true,
} satisfies Prisma.MediaSelect;

export const creditSelect = {
  affiliation: true,
  person: { select: { id: true, name: true } },
  role: { select: { key: true, nameZh: true, nameEn: true, placement: true } },
} satisfies Prisma.CreditSelect;

export type CreditRow = Prisma.CreditGetPayload<{ select: typeof creditSelect }>;

export const cardSelect = {
  id: true,
  kicker: true,
  title: true,
  summary: true,
  source: true,
  publishedAt: true,
  createdAt: true,
  featuredAt: true,
  credits: { orderBy: { position: "asc" }, select: creditSelect },
  section: { select: { slug: true, name: true } },
  coverMedia: { select: mediaViewSelect },
} satisfies Prisma.ArticleSelect;

export type CardRow = Prisma.ArticleGetPayload<{ select: typeof cardSelect }>;

/** Plain, JSON-safe data: it passes through the cache. */
export interface ArticleCard {
  id: number;
  kicker: string | null;
  title: string;
  summary: string | null;
  source: string | null;
  /** ISO 8601 instants. */
  publishedAt: string;
  featuredAt: string | null;
  credits: PublicCredit[];
  section: { slug: string; name: string } | null;
  cover: MediaImage | null;
}

export function toPublicCredit(credit: CreditRow): PublicCredit {
  return {
    personId: credit.person.id,
    name: credit.person.name,
    role: {
      key: credit.role.key,
      zh: credit.role.nameZh,
      en: credit.role.nameEn,
      placement: credit.role.placement === "BYLINE" ? "byline" : "closing",
    },
    affiliation: credit.affiliation,
  };
}

export function toArticleCard(row: CardRow): ArticleCard {
  return {
    id: row.id,
    kicker: row.kicker,
    title: row.title,
    summary: row.summary,
    source: row.source,
    publishedAt: (row.publishedAt ?? row.createdAt).toISOString(),
    featuredAt: row.featuredAt?.toISOString() ?? null,
    credits: row.credits.map(toPublicCredit),
    section: row.section,
    cover: row.coverMedia ? toMediaImage(row.coverMedia, publicMediaUrl) : null,
  };
}
