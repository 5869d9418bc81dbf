import { createHash } from "node:crypto";
import { notFound } from "next/navigation";
import { getPublishedArticle } from "@/lib/content/articles";
import { env } from "@/lib/env";
import { articleCard } from "@/lib/seo/article-card";

// An article's generated share card (lib/seo/share-image.ts says when it is used), in the sizes share
// previews and search engines ask for. Rendered at the first request, then served from the response
// cache like the page: it reads the article under the article's tag, so a new headline or section
// expires it, and it only exists while the article is published (a draft, an embargoed or a retracted
// article has none: 404).
export const dynamic = "force-static";
export const revalidate = 3600;
export const generateStaticParams = (): Array<{ id: string; size: string }> => [];

export async function GET(
  _request: Request,
  { params }: RouteContext<"/articles/[id]/cards/[size]">,
): Promise<Response> {
  const png = await articleCard(getPublishedArticle, await params, env.siteName);
  if (!png) notFound();
  return new Response(new Uint8Array(png), {
    headers: {
      "Content-Type": "image/png",
      ETag: `"${createHash("sha256").update(png).digest("base64url").slice(0, 32)}"`,
      "X-Content-Type-Options": "nosniff",
    },
  });
}
