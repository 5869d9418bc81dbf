import { connection } from "next/server";
import { ArticleList } from "@/components/site/article-list";
import { getLatestArticles, getSiteSettings, HOME_SIZE } from "@/lib/content/articles";
import { env } from "@/lib/env";

export default async function HomePage() {
  await connection();
  const [articles, settings] = await Promise.all([getLatestArticles(HOME_SIZE), getSiteSettings()]);
  return (
    <main className="mx-auto max-w-5xl px-4 py-8">
      <h1 className="mb-2 text-sm font-bold tracking-widest text-brand">最新文章</h1>
      <ArticleList articles={articles} timeZone={env.timeZone} bylineStyle={settings.bylineStyle} />
    </main>
  );
}
