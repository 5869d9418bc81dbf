import Link from "next/link";
import { articlePath, type PublicArticle } from "@/lib/content/article-view";
import { formatByline } from "@/lib/newsroom/byline";
import { formatLocalDateTime } from "@/lib/newsroom/time";

export function ArticleList({ articles, timeZone }: { articles: PublicArticle[]; timeZone: string }) {
  return (
    <ol className="divide-y divide-neutral-200 dark:divide-neutral-800">
      {articles.map((article) => (
        <li key={article.id} className="py-5">
          <h2 className="font-serif text-xl leading-snug font-bold">
            <Link href={articlePath(article.id)} className="hover:text-brand">
              {article.title}
            </Link>
          </h2>
          <p className="mt-2 flex flex-wrap gap-x-3 text-sm text-neutral-600 dark:text-neutral-400">
            <time dateTime={article.publishedAt}>{formatLocalDateTime(new Date(article.publishedAt), timeZone)}</time>
            {article.source && <span>{article.source}</span>}
            <span>{formatByline(article.credits)}</span>
          </p>
        </li>
      ))}
    </ol>
  );
}
