import Link from "next/link";
import { personPath, sectionPath, tagPath, type PublicArticle } from "@/lib/content/article-view";
import { formatByline, formatClosingLine, type BylineStyle } from "@/lib/newsroom/byline";
import { currentMessages } from "@/lib/i18n/server";
import { ArticleBody } from "@/components/site/article-body";
import { ReprintLine } from "@/components/site/reprint-line";
import { ImageCaption, ResponsiveImage } from "@/components/site/responsive-image";
import { SIZES } from "@/lib/media/variants";
import { formatDateline } from "@/lib/newsroom/time";

interface Props {
  article: PublicArticle;
  timeZone: string;
  bylineStyle: BylineStyle;
}

export async function ArticlePage({ article, timeZone, bylineStyle }: Props) {
  const messages = await currentMessages();
  const m = messages.article;
  const byline = formatByline(article.credits, bylineStyle);
  const closing = formatClosingLine(article.credits, bylineStyle);
  const when = (iso: string) => formatDateline(new Date(iso), timeZone, messages.dateStyle);
  const people = [...new Map(article.credits.map((credit) => [credit.personId, credit.name])).entries()];
  return (
    <article className="mx-auto max-w-3xl px-4 py-10">
      <header className="border-b border-neutral-200 pb-6 dark:border-neutral-800">
        {article.section && (
          <p className="mb-3 text-sm font-bold text-accent">
            <Link href={sectionPath(article.section.slug)}>{article.section.name}</Link>
          </p>
        )}
        {article.kicker && <p className="mb-2 text-lg text-neutral-700 dark:text-neutral-300">{article.kicker}</p>}
        <h1 className="font-serif text-3xl leading-tight font-bold md:text-4xl">{article.title}</h1>
        {article.subtitle && <p className="mt-3 text-xl text-neutral-700 dark:text-neutral-300">{article.subtitle}</p>}
        <p className="mt-4 flex flex-wrap gap-x-4 text-sm text-neutral-600 dark:text-neutral-400">
          <time dateTime={article.publishedAt}>{when(article.publishedAt)}</time>
          {article.source && (
            <span>
              {m.source}
              {article.sourceUrl ? (
                <a href={article.sourceUrl} rel="noopener noreferrer nofollow" className="underline">
                  {article.source}
                </a>
              ) : (
                article.source
              )}
            </span>
          )}
          {article.corrections.length > 0 && (
            <span>
              {m.updatedAt} <time dateTime={article.modifiedAt}>{when(article.modifiedAt)}</time>
            </span>
          )}
        </p>
      </header>
      {article.cover && (
        <figure className="mt-6" data-testid="cover">
          {/* The cover is the first thing readers see: loaded at once, not lazily. */}
          <ResponsiveImage image={article.cover} sizes={SIZES.article} priority className="h-auto w-full" />
          <ImageCaption
            image={article.cover}
            creditLine={m.photoCredit}
            className="mt-2 text-sm text-neutral-600 dark:text-neutral-400 [&_.credit]:ml-2 [&_.credit]:text-neutral-600 dark:[&_.credit]:text-neutral-400"
          />
        </figure>
      )}
      {article.summary && (
        <p className="mt-6 border-l-4 border-neutral-300 pl-4 text-neutral-700 dark:border-neutral-700 dark:text-neutral-300">
          {article.summary}
        </p>
      )}
      {byline && (
        <p className="mt-6 text-neutral-700 dark:text-neutral-300" data-testid="byline">
          {byline}
        </p>
      )}
      <ArticleBody
        body={article.body}
        images={article.images}
        photoCredit={m.photoCredit}
        labels={messages.bodies.render}
      />
      {closing && (
        <p className="mt-8 text-right text-neutral-600 dark:text-neutral-400" data-testid="closing">
          {closing}
        </p>
      )}
      {article.corrections.length > 0 && (
        <aside
          className="mt-10 rounded border border-amber-300 bg-amber-50 p-4 text-sm dark:border-amber-800 dark:bg-amber-950"
          aria-label={m.corrections}
        >
          <h2 className="mb-2 font-bold">{m.corrections}</h2>
          <ul className="space-y-2">
            {article.corrections.map((correction) => (
              <li key={correction.at} data-testid="correction">
                <time dateTime={correction.at}>{when(correction.at)}</time>{" "}
                {correction.kind === "UPDATE" ? m.update : m.correction}:{correction.text}
              </li>
            ))}
          </ul>
        </aside>
      )}
      <footer className="mt-10 space-y-2 border-t border-neutral-200 pt-4 text-sm dark:border-neutral-800">
        <ReprintLine article={article} labels={messages.words.reprint} />
        {article.tags.length > 0 && (
          <p className="flex flex-wrap gap-2">
            {m.tags}
            {article.tags.map((tag) => (
              <Link key={tag.slug} href={tagPath(tag.slug)} className="rounded bg-neutral-100 px-2 dark:bg-neutral-800">
                {tag.name}
              </Link>
            ))}
          </p>
        )}
        {people.length > 0 && (
          <p className="flex flex-wrap gap-2">
            {m.authors}
            {people.map(([id, name]) => (
              <Link key={id} href={personPath(id)} className="underline">
                {name}
              </Link>
            ))}
          </p>
        )}
      </footer>
    </article>
  );
}
