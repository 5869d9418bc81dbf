import Link from "next/link";
import { ResponsiveImage } from "@/components/site/responsive-image";
import { articlePath } from "@/lib/content/article-view";
import type { ArticleCard } from "@/lib/content/cards";
import { SIZES } from "@/lib/media/variants";
import { formatByline, type BylineStyle } from "@/lib/newsroom/byline";
import { currentMessages } from "@/lib/i18n/server";
import { formatLocalDateTime } from "@/lib/newsroom/time";

interface Props {
  articles: ArticleCard[];
  timeZone: string;
  bylineStyle: BylineStyle;
  empty?: string;
  /** The level of each title, under the page's own headings. */
  headingLevel?: 2 | 3;
}

export async function ArticleList({ articles, timeZone, bylineStyle, empty, headingLevel = 2 }: Props) {
  const messages = await currentMessages();
  const Title = headingLevel === 3 ? "h3" : "h2";
  if (articles.length === 0)
    return <p className="py-6 text-neutral-700 dark:text-neutral-300">{empty ?? messages.site.empty}</p>;
  return (
    <ol className="divide-y divide-neutral-200 dark:divide-neutral-800">
      {articles.map((article, index) => (
        <li key={article.id} className="flex gap-4 py-5">
          <div className="min-w-0 flex-1">
            {article.kicker && <p className="text-sm text-neutral-600 dark:text-neutral-400">{article.kicker}</p>}
            <Title className="font-serif text-xl leading-snug font-bold">
              <Link href={articlePath(article.id)} className="hover:text-accent">
                {article.title}
              </Link>
            </Title>
            {article.summary && <p className="mt-1 text-neutral-700 dark:text-neutral-300">{article.summary}</p>}
            <p className="mt-2 flex flex-wrap gap-x-3 text-sm text-neutral-600 dark:text-neutral-400">
              <time dateTime={article.publishedAt}>{formatLocalDateTime(new Date(article.publishedAt), timeZone)}</time>
              {article.section && <span>{article.section.name}</span>}
              {article.source && <span>{article.source}</span>}
              <span>{formatByline(article.credits, bylineStyle)}</span>
            </p>
          </div>
          {article.cover && (
            <Link href={articlePath(article.id)} className="shrink-0" tabIndex={-1} aria-hidden="true">
              {/* Only the first card is certainly above the fold; the rest load as the reader scrolls. */}
              <ResponsiveImage
                image={article.cover}
                sizes={SIZES.card}
                priority={index === 0}
                className="h-auto w-32 rounded sm:w-48"
              />
            </Link>
          )}
        </li>
      ))}
    </ol>
  );
}
