// Readers see an article when it is published, not trashed, not retracted and past any embargo (the
// same rule as lib/content/visibility.ts, on one row). A change that crosses that line is what
// receivers hear as article.published or article.unpublished.
import type { Article } from "@/lib/generated/prisma/client";

type VisibilityColumns = Pick<Article, "status" | "deletedAt" | "retractedAt" | "embargoUntil">;

export function readersSee(article: VisibilityColumns, now: Date): boolean {
  return (
    article.status === "PUBLISHED" &&
    article.deletedAt === null &&
    article.retractedAt === null &&
    (article.embargoUntil === null || article.embargoUntil.getTime() <= now.getTime())
  );
}

/** The event a change from `before` to `after` makes readers notice, if it crosses the line. */
export function visibilityEvent(
  before: VisibilityColumns,
  after: VisibilityColumns,
  now: Date,
): "article.published" | "article.unpublished" | null {
  const was = readersSee(before, now);
  const is = readersSee(after, now);
  if (!was && is) return "article.published";
  if (was && !is) return "article.unpublished";
  return null;
}
