// What /articles/<id>/cards/<size> serves, apart from how it is cached: the card of a published
// article in a size that is made, or nothing. `find` is the public read (published, out of embargo,
// not retracted, not trashed), so a card never shows a headline readers may not yet or no longer see.
import type { PublicArticle } from "@/lib/content/article-view";
import { renderShareCard } from "@/lib/seo/share-card";
import { CARD_SIZES, isCardSize } from "@/lib/seo/share-image";
import { parseId } from "@/lib/validations/ids";

export async function articleCard(
  find: (id: number) => Promise<PublicArticle | null>,
  params: { id: string; size: string },
  siteName: string,
): Promise<Buffer | null> {
  const id = parseId(params.id);
  if (id === null || !isCardSize(params.size)) return null;
  const article = await find(id);
  if (!article) return null;
  return renderShareCard(
    { headline: article.title, section: article.section?.name ?? null, siteName },
    CARD_SIZES[params.size],
  );
}
