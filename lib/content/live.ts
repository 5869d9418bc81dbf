// The cached read of live coverage: it depends on its one article, whose tag every entry expires.
import "server-only";
import { unstable_cache } from "next/cache";
import { findLiveCoverage } from "@/lib/content/live-queries";
import { TAGS } from "@/lib/content/tags";
import { getPublicDb } from "@/lib/db";

/** A live article's entries and state; null when the article is not live or not public. */
export function getLiveCoverage(id: number) {
  return unstable_cache(
    async () => findLiveCoverage(await getPublicDb(), id, new Date()),
    ["live-coverage", String(id)],
    {
      tags: [TAGS.article(id)],
      // A safety net only: expiry by tag (each entry, and the scheduler at the end time) keeps it current.
      revalidate: 600,
    },
  )();
}
