// The cached 热门 lists. Tagged `popular`, which the view counter expires after a flush at most every
// POPULAR_REFRESH_SECONDS (lib/views/start.ts), so the home and section pages that show them are
// re-rendered that often at most, never per view; the lists tag too, since a take-down or a retraction
// must leave them at once.
import "server-only";
import { unstable_cache } from "next/cache";
import { popularLists } from "@/lib/content/popular-queries";
import { TAGS } from "@/lib/content/tags";
import { getPublicDb } from "@/lib/db";
import { env } from "@/lib/env";

export const POPULAR_SIZE = 8;

export const getPopular = unstable_cache(
  async (sectionId: number | null) =>
    popularLists(await getPublicDb(), new Date(), POPULAR_SIZE, sectionId === null ? undefined : sectionId),
  ["popular"],
  { tags: [TAGS.popular, TAGS.articleLists], revalidate: env.views.popularRefreshSeconds },
);
