import Link from "next/link";
import { articlePath } from "@/lib/content/article-view";
import type { PopularLists as Lists } from "@/lib/content/popular-queries";

interface Props {
  lists: Lists;
  m: { title: string; day: string; week: string; empty: string };
}

/** 热门: most read in the last 24 hours and 7 days, as two ranked lists of links (no script). */
export function PopularLists({ lists, m }: Props) {
  if (lists.day.length === 0 && lists.week.length === 0) return null;
  const block = (id: string, label: string, articles: Lists["day"]) => (
    <div>
      <h3 id={id} className="mt-2 text-xs font-bold text-neutral-700 dark:text-neutral-300">
        {label}
      </h3>
      {articles.length > 0 ? (
        <ol className="mt-1 list-decimal space-y-1 pl-5" data-testid={id}>
          {articles.map((article) => (
            <li key={article.id}>
              <Link href={articlePath(article.id)} className="hover:text-accent">
                {article.title}
              </Link>
            </li>
          ))}
        </ol>
      ) : (
        <p className="mt-1 text-sm text-neutral-600 dark:text-neutral-400">{m.empty}</p>
      )}
    </div>
  );
  return (
    <section aria-labelledby="popular" data-testid="popular">
      <h2 id="popular" className="border-b-2 border-brand pb-1 font-bold">
        {m.title}
      </h2>
      {block("popular-day", m.day, lists.day)}
      {block("popular-week", m.week, lists.week)}
    </section>
  );
}
