import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticlePage } from "@/components/site/article-page";
import { getPublishedArticle, getSiteSettings } from "@/lib/content/articles";
import { env } from "@/lib/env";
import { absoluteUrl } from "@/lib/media/urls";

async function load(params: Promise<{ id: string }>) {
  const { id } = await params;
  const article = /^[1-9]\d{0,15}$/.test(id) ? await getPublishedArticle(Number(id)) : null;
  if (!article) notFound();
  return article;
}

export async function generateMetadata({ params }: PageProps<"/articles/[id]">): Promise<Metadata> {
  const article = await load(params);
  const cover = article.cover?.large;
  return {
    title: article.title,
    description: article.summary ?? undefined,
    alternates: { canonical: `/articles/${article.id}` },
    openGraph: {
      type: "article",
      title: article.title,
      description: article.summary ?? undefined,
      url: `/articles/${article.id}`,
      publishedTime: article.publishedAt,
      modifiedTime: article.modifiedAt,
      // Share previews are fetched by other sites' crawlers: the address must be absolute, and the
      // size lets them lay out the card before downloading the file.
      images: cover
        ? [
            {
              url: absoluteUrl(cover.url, env.siteUrl),
              width: cover.width,
              height: cover.height,
              type: cover.mimeType,
              alt: article.cover?.alt || article.title,
            },
          ]
        : undefined,
    },
  };
}

export default async function ArticleRoute({ params }: PageProps<"/articles/[id]">) {
  const [article, settings] = await Promise.all([load(params), getSiteSettings()]);
  return <ArticlePage article={article} timeZone={env.timeZone} bylineStyle={settings.bylineStyle} />;
}
