import { bodyImageResolver } from "@/lib/media/body-resolver";
import type { MediaImage } from "@/lib/media/view";
import { docToHtml, type BodyDoc } from "@/lib/newsroom/body";

/**
 * The body as HTML built by the allow-list renderer in lib/newsroom/body.ts (all text escaped); images
 * from the media library get their resized copies.
 */
export function ArticleBody({
  body,
  images = {},
  photoCredit,
}: {
  body: BodyDoc;
  images?: Record<string, MediaImage>;
  /** The caption's credit template in the interface language. */
  photoCredit: string;
}) {
  const html = docToHtml(body, { resolveImage: bodyImageResolver(images), photoCredit });
  return <div className="article-body" dangerouslySetInnerHTML={{ __html: html }} />;
}
