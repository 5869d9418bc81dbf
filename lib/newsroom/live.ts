// Live coverage rules without I/O: the order of entries and whether coverage takes new ones.
import type { Prisma } from "@/lib/generated/prisma/client";

/** Pinned entries first, then newest first; the id breaks ties between entries of the same instant. */
export const liveEntryOrder: Prisma.LiveEntryOrderByWithRelationInput[] = [
  { pinned: "desc" },
  { createdAt: "desc" },
  { id: "desc" },
];

export interface OrderableEntry {
  id: number;
  pinned: boolean;
  createdAt: Date;
}

/** The same order in memory (the admin panel, tests). */
export function sortLiveEntries<Entry extends OrderableEntry>(entries: readonly Entry[]): Entry[] {
  return [...entries].sort(
    (a, b) => Number(b.pinned) - Number(a.pinned) || b.createdAt.getTime() - a.createdAt.getTime() || b.id - a.id,
  );
}

export type LiveState = "off" | "open" | "closed";

/** An article that is not live has no coverage; a live one is open until its end time. */
export function liveState(article: { isLive: boolean; liveEndsAt: Date | null }, now: Date): LiveState {
  if (!article.isLive) return "off";
  return article.liveEndsAt !== null && article.liveEndsAt <= now ? "closed" : "open";
}
