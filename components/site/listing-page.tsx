import type { ReactNode } from "react";
import { ArticleList } from "@/components/site/article-list";
import type { PublicArticle } from "@/lib/content/article-view";
import type { BylineStyle } from "@/lib/newsroom/byline";

interface Props {
  kind: string;
  title: string;
  intro?: ReactNode;
  articles: PublicArticle[];
  timeZone: string;
  bylineStyle: BylineStyle;
}

/** A section, tag or person page: a heading and the newest articles under it. */
export function ListingPage({ kind, title, intro, articles, timeZone, bylineStyle }: Props) {
  return (
    <main className="mx-auto max-w-5xl px-4 py-8">
      <p className="text-sm font-bold tracking-widest text-brand">{kind}</p>
      <h1 className="mt-1 font-serif text-3xl font-bold">{title}</h1>
      {intro && <div className="mt-3 text-neutral-700 dark:text-neutral-300">{intro}</div>}
      <ArticleList articles={articles} timeZone={timeZone} bylineStyle={bylineStyle} empty="这里还没有文章。" />
    </main>
  );
}
