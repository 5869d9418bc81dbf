// Reads for the library screens and pickers. Every staff member sees the whole library: reusing a
// colleague's photo is the point of having one.
import type { Actor } from "@/lib/auth/permissions";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { canUseMedia } from "@/lib/media/permissions";
import { publicMediaUrl } from "@/lib/media/storage";
import { forbidden, notFound } from "@/lib/services/errors";
import type { CoverChoice } from "@/lib/validations/article-form-values";
import { toMediaImage } from "@/lib/media/view";
import { mediaItemInclude, toMediaItem, type MediaItem } from "./media-item";
import { mediaUsage } from "./media-usage";

export const MEDIA_PAGE_SIZE = 24;

export interface MediaSearch {
  q?: string;
  page?: number;
}

export interface MediaPage {
  items: MediaItem[];
  total: number;
  page: number;
  pages: number;
  q: string;
}

export function mediaWhere(q: string): Prisma.MediaWhereInput {
  if (!q) return {};
  const contains = { contains: q, mode: "insensitive" } as const;
  return { OR: [{ alt: contains }, { caption: contains }, { credit: contains }, { originalName: contains }] };
}

export async function searchMedia(db: PrismaClient, actor: Actor, search: MediaSearch = {}): Promise<MediaPage> {
  if (!canUseMedia(actor)) throw forbidden();
  const q = (search.q ?? "").trim().slice(0, 100);
  const page = Math.max(1, Math.floor(search.page ?? 1));
  const where = mediaWhere(q);
  const [total, rows] = await Promise.all([
    db.media.count({ where }),
    db.media.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * MEDIA_PAGE_SIZE,
      take: MEDIA_PAGE_SIZE,
      include: mediaItemInclude,
    }),
  ]);
  return {
    items: rows.map((row) => toMediaItem(row, actor, publicMediaUrl)),
    total,
    page,
    pages: Math.max(1, Math.ceil(total / MEDIA_PAGE_SIZE)),
    q,
  };
}

export async function getMediaItem(db: PrismaClient, actor: Actor, id: number): Promise<MediaItem> {
  if (!canUseMedia(actor)) throw forbidden();
  const row = await db.media.findUnique({ where: { id }, include: mediaItemInclude });
  if (!row) throw notFound("media");
  return toMediaItem(row, actor, publicMediaUrl);
}

/** What the article form's cover picker shows of the article's cover. */
export async function coverChoiceFor(db: PrismaClient, id: number): Promise<CoverChoice | null> {
  const row = await db.media.findUnique({ where: { id } });
  if (!row) return null;
  const thumb = toMediaImage(row, publicMediaUrl).thumb;
  // A name that reads the same in either interface language.
  const name = row.originalName ?? `#${row.id}`;
  return { id: row.id, url: thumb.url, width: thumb.width, height: thumb.height, alt: row.alt, name };
}

export async function getMediaWithUsage(db: PrismaClient, actor: Actor, id: number) {
  const item = await getMediaItem(db, actor, id);
  return { item, usage: await mediaUsage(db, id) };
}
