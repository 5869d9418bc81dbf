// 责任编辑 on the public article page: the account that gave the final sign-off of the review chain
// that published it, when the site's review settings ask for it. Read only for a published article.
import { unstable_cache } from "next/cache";
import { TAGS } from "@/lib/content/tags";
import { getPublicDb } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { readReviewSettings } from "@/lib/services/review/review-settings";

/** The name, or null when the setting is off, the article is not public, or no stage signed it. */
export async function responsibleEditor(db: PrismaClient, articleId: number): Promise<string | null> {
  if (!(await readReviewSettings(db)).showResponsibleEditor) return null;
  const signOff = await db.reviewSignOff.findFirst({
    where: {
      articleId,
      override: false,
      invalidatedAt: null,
      article: { status: "PUBLISHED", deletedAt: null, retractedAt: null },
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { user: { select: { name: true } } },
  });
  return signOff?.user?.name ?? null;
}

export function getResponsibleEditor(articleId: number) {
  return unstable_cache(
    async () => responsibleEditor(await getPublicDb(), articleId),
    ["responsible-editor", String(articleId)],
    // Settings: the review settings expire them too (lib/services/review/review-settings.ts).
    { tags: [TAGS.article(articleId), TAGS.settings], revalidate: 600 },
  )();
}
