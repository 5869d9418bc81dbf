import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleContext } from "@/components/site/article-context";
import { ArticlePage } from "@/components/site/article-page";
import { getArticleContext, getPublishedArticle, getSiteSettings } from "@/lib/content/articles";
import { articlePath } from "@/lib/content/article-view";
import { env } from "@/lib/env";
import { absoluteUrl } from "@/lib/media/urls";
import { bodyPlainText } from "@/lib/newsroom/body";
import { feedAlternates } from "@/lib/seo/feed-links";
import { jsonLdScript, newsArticleJsonLd } from "@/lib/seo/json-ld";

type Props = PageProps<"/articles/[id]">;

async function load(params: Props["params"]) {
  const { id } = await params;
  const article = /^[1-9]\d{0,15}$/.test(id) ? await getPublishedArticle(Number(id)) : null;
  if (!article) notFound();
  return article;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await load(params);
  const cover = article.cover?.large;
  const description = article.summary ?? bodyPlainText(article.body).slice(0, 120);
  const authors = article.credits.filter((credit) => credit.role.key === "REPORTER").map((credit) => credit.name);
  // Share previews are fetched by other sites' crawlers: the image address must be absolute, and its
  // size lets them lay out the card before downloading the file.
  const images = cover
    ? [
        {
          url: absoluteUrl(cover.url, env.siteUrl),
          width: cover.width,
          height: cover.height,
          type: cover.mimeType,
          alt: article.cover?.alt || article.title,
        },
      ]
    : undefined;
  return {
    title: article.title,
    description,
    authors: authors.map((name) => ({ name })),
    keywords: article.tags.map((tag) => tag.name),
    alternates: { canonical: articlePath(article.id), types: feedAlternates() },
    openGraph: {
      type: "article",
      title: article.title,
      description,
      url: articlePath(article.id),
      publishedTime: article.publishedAt,
      modifiedTime: article.modifiedAt,
      authors,
      section: article.section?.name,
      tags: article.tags.map((tag) => tag.name),
      images,
    },
    twitter: {
      card: cover ? "summary_large_image" : "summary",
      title: article.title,
      description,
      images: images?.map((image) => image.url),
    },
  };
}

export default async function ArticleRoute({ params }: Props) {
  const article = await load(params);
  const [settings, context] = await Promise.all([getSiteSettings(), getArticleContext(article.id)]);
  const jsonLd = newsArticleJsonLd(
    { url: env.siteUrl, name: env.siteName, logoUrl: `${env.siteUrl}/logo.png` },
    article,
  );
  return (
    <>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdScript(jsonLd) }} />
      <ArticlePage article={article} timeZone={env.timeZone} bylineStyle={settings.bylineStyle} />
      {context && <ArticleContext related={context.related} previous={context.previous} next={context.next} />}
    </>
  );
}
