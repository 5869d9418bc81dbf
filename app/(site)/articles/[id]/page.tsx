import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticlePage } from "@/components/site/article-page";
import { getPublishedArticle } from "@/lib/content/articles";
import { env } from "@/lib/env";
import { getMessages } from "@/lib/i18n";

function parseId(raw: string): number | null {
  return /^[1-9]\d{0,15}$/.test(raw) ? Number(raw) : null;
}

async function load(params: Promise<{ id: string }>) {
  const id = parseId((await params).id);
  const article = id === null ? null : await getPublishedArticle(id);
  if (!article) notFound();
  return article;
}

export async function generateMetadata({ params }: PageProps<"/articles/[id]">): Promise<Metadata> {
  const article = await load(params);
  return { title: article.title, alternates: { canonical: `/articles/${article.id}` } };
}

export default async function ArticleRoute({ params }: PageProps<"/articles/[id]">) {
  const article = await load(params);
  return <ArticlePage article={article} timeZone={env.timeZone} labels={{ source: getMessages().site.source }} />;
}
