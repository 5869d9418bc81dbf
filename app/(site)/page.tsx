import { connection } from "next/server";
import { ArticleList } from "@/components/site/article-list";
import { getLatestArticles, HOME_SIZE } from "@/lib/content/articles";
import { env } from "@/lib/env";
import { getMessages } from "@/lib/i18n";

export default async function HomePage() {
  await connection();
  const m = getMessages().site;
  const articles = await getLatestArticles(HOME_SIZE);
  return (
    <main className="mx-auto max-w-5xl px-4 py-8">
      <h1 className="mb-2 text-sm font-bold tracking-widest text-brand">{m.latest}</h1>
      {articles.length === 0 ? <p>{m.empty}</p> : <ArticleList articles={articles} timeZone={env.timeZone} />}
    </main>
  );
}
