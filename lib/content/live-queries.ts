// Live coverage (滚动/直播) as readers get it: the entries of a public live article, pinned first and
// then newest first, each already turned into HTML by the allow-list body renderer. The page and the
// polled JSON (app/(site)/articles/[id]/live.json) carry the same fragments, so the script that inserts
// new entries never builds markup from anything but this renderer's output.
import { mediaViewSelect } from "@/lib/content/cards";
import { visibleTo } from "@/lib/content/visibility";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { bodyImageResolver } from "@/lib/media/body-resolver";
import { publicMediaUrl } from "@/lib/media/storage";
import { toMediaImage } from "@/lib/media/view";
import { bodyPlainText, docToHtml, parseStoredBody, type BodyDoc } from "@/lib/newsroom/body";
import { liveEntryOrder, liveState } from "@/lib/newsroom/live";

export interface PublicLiveEntry {
  id: number;
  /** The entry's body (and image), rendered by lib/newsroom/body.ts. */
  html: string;
  /** Plain text of the body, for JSON-LD and feeds. */
  text: string;
  pinned: boolean;
  /** Who it is credited to: a person's name, a line of text, or both. */
  credit: string | null;
  /** ISO 8601 instants. */
  at: string;
  updatedAt: string;
}

export interface LiveCoverage {
  articleId: number;
  /** ISO 8601: when the coverage began (the article's publication) and when it ends, if set. */
  startedAt: string;
  endsAt: string | null;
  /** Closed at the time of reading: past its end time, it takes no new entries. */
  closed: boolean;
  /** The last change to any entry, or the start: a version the script compares. */
  updatedAt: string;
  entries: PublicLiveEntry[];
}

export async function findLiveCoverage(db: PrismaClient, id: number, now: Date): Promise<LiveCoverage | null> {
  if (!Number.isSafeInteger(id) || id <= 0 || id > 2_147_483_647) return null;
  const article = await db.article.findFirst({
    where: { id, isLive: true, ...visibleTo(now) },
    select: { id: true, publishedAt: true, createdAt: true, liveEndsAt: true },
  });
  if (!article) return null;
  const rows = await db.liveEntry.findMany({
    where: { articleId: id, deletedAt: null },
    orderBy: liveEntryOrder,
    select: {
      id: true,
      body: true,
      pinned: true,
      credit: true,
      createdAt: true,
      updatedAt: true,
      person: { select: { name: true } },
      image: { select: mediaViewSelect },
    },
  });
  const startedAt = (article.publishedAt ?? article.createdAt).toISOString();
  const entries = rows.map((row): PublicLiveEntry => {
    const body: BodyDoc = parseStoredBody(row.body);
    const image = row.image ? toMediaImage(row.image, publicMediaUrl) : null;
    const doc: BodyDoc = image
      ? {
          ...body,
          content: [
            ...body.content,
            {
              type: "image",
              attrs: {
                mediaId: image.id,
                src: image.src,
                alt: image.alt,
                ...(image.caption ? { caption: image.caption } : {}),
                ...(image.credit ? { credit: image.credit } : {}),
              },
            },
          ],
        }
      : body;
    const resolveImage = bodyImageResolver(image ? { [String(image.id)]: image } : {});
    return {
      id: row.id,
      html: docToHtml(doc, { resolveImage }),
      text: bodyPlainText(body),
      pinned: row.pinned,
      credit: [row.person?.name, row.credit].filter(Boolean).join(" ") || null,
      at: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    };
  });
  const updatedAt = entries.reduce((latest, entry) => (entry.updatedAt > latest ? entry.updatedAt : latest), startedAt);
  return {
    articleId: article.id,
    startedAt,
    endsAt: article.liveEndsAt?.toISOString() ?? null,
    closed: liveState({ isLive: true, liveEndsAt: article.liveEndsAt }, now) === "closed",
    updatedAt,
    entries,
  };
}
