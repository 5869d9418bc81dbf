import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticlePage } from "@/components/site/article-page";
import { getPublishedArticle, getSiteSettings } from "@/lib/content/articles";
import { env } from "@/lib/env";

async function load(params: Promise<{ id: string }>) {
  const { id } = await params;
  const article = /^[1-9]\d{0,15}$/.test(id) ? await getPublishedArticle(Number(id)) : null;
  if (!article) notFound();
  return article;
}

export async function generateMetadata({ params }: PageProps<"/articles/[id]">): Promise<Metadata> {
  const article = await load(params);
  return {
    title: article.title,
    description: article.summary ?? undefined,
    alternates: { canonical: `/articles/${article.id}` },
  };
}

export default async function ArticleRoute({ params }: PageProps<"/articles/[id]">) {
  const [article, settings] = await Promise.all([load(params), getSiteSettings()]);
  return <ArticlePage article={article} timeZone={env.timeZone} bylineStyle={settings.bylineStyle} />;
}
