// Alt text, caption and credit of a library image. Published articles showing it are expired from the
// caches, so readers (and screen readers) get the new text at once.
import { TAGS } from "@/lib/content/tags";
import { canEditMedia } from "@/lib/media/permissions";
import type { ServiceContext } from "@/lib/services/context";
import { forbidden, notFound } from "@/lib/services/errors";
import { articlesUsingMedia } from "./media-usage";

export interface MediaTextInput {
  alt: string;
  caption: string | null;
  credit: string | null;
}

export async function updateMedia(ctx: ServiceContext, id: number, input: MediaTextInput): Promise<void> {
  const media = await ctx.db.media.findUnique({ where: { id }, select: { id: true, createdById: true } });
  if (!media) throw notFound("media");
  if (!canEditMedia(ctx.actor, media)) throw forbidden("mediaEditOwnOnly");
  await ctx.db.media.update({ where: { id }, data: input });
  const users = await articlesUsingMedia(ctx.db, id);
  ctx.onChange?.([TAGS.articleLists, ...users.map((articleId) => TAGS.article(articleId))]);
}
