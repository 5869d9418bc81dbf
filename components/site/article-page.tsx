import type { PublicArticle } from "@/lib/content/article-view";
import { formatByline, formatClosingLine } from "@/lib/newsroom/byline";
import { formatChineseDateTime } from "@/lib/newsroom/time";
import { ArticleBody } from "@/components/site/article-body";

interface Props {
  article: PublicArticle;
  timeZone: string;
  labels: { source: string };
}

export function ArticlePage({ article, timeZone, labels }: Props) {
  const byline = formatByline(article.credits);
  const closing = formatClosingLine(article.credits);
  return (
    <article className="mx-auto max-w-3xl px-4 py-10">
      <header className="border-b border-neutral-200 pb-6 dark:border-neutral-800">
        <h1 className="font-serif text-3xl leading-tight font-bold md:text-4xl">{article.title}</h1>
        <p className="mt-4 flex flex-wrap gap-x-4 text-sm text-neutral-600 dark:text-neutral-400">
          <time dateTime={article.publishedAt}>{formatChineseDateTime(new Date(article.publishedAt), timeZone)}</time>
          {article.source && (
            <span>
              {labels.source}:{article.source}
            </span>
          )}
        </p>
      </header>
      {byline && (
        <p className="mt-6 text-neutral-700 dark:text-neutral-300" data-testid="byline">
          {byline}
        </p>
      )}
      <ArticleBody body={article.body} />
      {closing && (
        <p className="mt-8 text-right text-neutral-600 dark:text-neutral-400" data-testid="closing">
          {closing}
        </p>
      )}
    </article>
  );
}
