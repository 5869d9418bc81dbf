import type { ReactNode } from "react";
import { ArticleList } from "@/components/site/article-list";
import { OlderLink } from "@/components/site/older-link";
import { PageHeading } from "@/components/site/page-heading";
import type { ArticleCard } from "@/lib/content/cards";
import { getSiteSettings } from "@/lib/content/articles";
import { env } from "@/lib/env";
import { currentMessages } from "@/lib/i18n/server";

interface Props {
  kind: string;
  title: string;
  intro?: ReactNode;
  /** The page's own address: its feeds and its pages continue from here. */
  path: string;
  articles: ArticleCard[];
  next: string | null;
  isFirst: boolean;
  /** Beside the list on wide screens, below it on narrow ones (a section's 热门). */
  aside?: ReactNode;
}

/** A section, tag or person page: heading with feeds, newest articles, and the way to older ones. */
export async function Listing({ kind, title, intro, path, articles, next, isFirst, aside }: Props) {
  const [settings, messages] = await Promise.all([getSiteSettings(), currentMessages()]);
  return (
    <div className="mx-auto max-w-5xl px-4 py-8">
      <PageHeading kind={kind} title={title} intro={intro} feedPath={path} />
      <div className={aside ? "grid gap-10 lg:grid-cols-[2fr_1fr]" : undefined}>
        <div>
          <ArticleList
            articles={articles}
            timeZone={env.timeZone}
            bylineStyle={settings.bylineStyle}
            empty={messages.site.emptyHere}
          />
          <OlderLink path={path} next={next} isFirst={isFirst} />
        </div>
        {aside && <aside>{aside}</aside>}
      </div>
    </div>
  );
}
