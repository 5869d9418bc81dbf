// Removes an image from the library, and its files from storage. An image still used by an article
// (even one in the trash, which can come back) is refused: its pages would show a broken image.
import { canEditMedia } from "@/lib/media/permissions";
import { getMediaStorage, type MediaStorage } from "@/lib/media/storage";
import { readVariants } from "@/lib/media/view";
import type { ServiceContext } from "@/lib/services/context";
import { forbidden, invalid, notFound, say } from "@/lib/services/errors";
import { mediaUsage } from "./media-usage";

export async function deleteMedia(
  ctx: ServiceContext,
  id: number,
  storage: MediaStorage = getMediaStorage(),
): Promise<void> {
  const deleted = await ctx.db.$transaction(async (tx) => {
    const media = await tx.media.findUnique({ where: { id } });
    if (!media) throw notFound("media");
    if (!canEditMedia(ctx.actor, media)) throw forbidden("mediaDeleteOwnOnly");
    const users = await mediaUsage(tx, id);
    if (users.length > 0) {
      const titles = users.slice(0, 3).map((article) => say("articleTitle", { title: article.title }));
      throw invalid(say(users.length > 3 ? "mediaInUseMore" : "mediaInUse", { titles, n: users.length }));
    }
    await tx.media.delete({ where: { id } });
    return media;
  });
  // The record is gone first, so no page can point at a file that is about to disappear; a file that
  // fails to go is an orphan under an unguessable key, not a broken page.
  const keys = [deleted.storageKey, ...readVariants(deleted).map((variant) => variant.key)];
  await Promise.allSettled([...new Set(keys)].map((key) => storage.delete(key)));
}
