import { bodyImageResolver } from "@/lib/media/body-resolver";
import type { MediaImage } from "@/lib/media/view";
import { docToHtml, type BodyBlock, type BodyDoc, type BodyRenderLabels } from "@/lib/newsroom/body";

/** Whether a video sits anywhere in the body (quotes, lists and fact boxes hold blocks too). */
function hasVideo(blocks: readonly BodyBlock[]): boolean {
  return blocks.some(
    (block) =>
      block.type === "video" ||
      ((block.type === "blockquote" || block.type === "factBox") && hasVideo(block.content)) ||
      ((block.type === "bulletList" || block.type === "orderedList") &&
        block.content.some((item) => hasVideo(item.content))),
  );
}

/**
 * The body as HTML built by the allow-list renderer in lib/newsroom/body.ts (all text escaped); images
 * from the media library get their resized copies. A body with a video brings the small script that
 * loads a player when the reader asks for it (public/video-embed.js; public pages carry no React).
 */
export function ArticleBody({
  body,
  images = {},
  photoCredit,
  labels,
}: {
  body: BodyDoc;
  images?: Record<string, MediaImage>;
  /** The caption's credit template in the interface language. */
  photoCredit: string;
  labels?: BodyRenderLabels;
}) {
  const html = docToHtml(body, { resolveImage: bodyImageResolver(images), photoCredit, labels });
  return (
    <>
      <div className="article-body" dangerouslySetInnerHTML={{ __html: html }} />
      {hasVideo(body.content) ? <script data-masthead src="/video-embed.js" defer /> : null}
    </>
  );
}
