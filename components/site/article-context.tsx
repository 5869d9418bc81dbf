import Link from "next/link";
import { ArticleLinks } from "@/components/site/article-links";
import { currentMessages } from "@/lib/i18n/server";
import { articlePath } from "@/lib/content/article-view";
import type { ArticleCard } from "@/lib/content/cards";
import { fill } from "@/lib/i18n/fill";

interface Props {
  related: ArticleCard[];
  previous: { id: number; title: string } | null;
  next: { id: number; title: string } | null;
}

/** Below an article: related reading, then the previous and next article in time. */
export async function ArticleContext({ related, previous, next }: Props) {
  const m = (await currentMessages()).article;
  return (
    <div className="mx-auto max-w-3xl space-y-8 px-4 pb-12">
      {related.length > 0 && (
        <section aria-labelledby="related">
          <h2 id="related" className="mb-2 border-b-2 border-brand pb-1 font-bold">
            {m.related}
          </h2>
          <ArticleLinks articles={related} />
        </section>
      )}
      {(previous || next) && (
        <nav aria-label={m.prevNext} className="grid gap-4 text-sm sm:grid-cols-2">
          <div>
            {previous && (
              <Link href={articlePath(previous.id)} rel="prev" className="hover:text-accent">
                {fill(m.previous, { title: previous.title })}
              </Link>
            )}
          </div>
          <div className="sm:text-right">
            {next && (
              <Link href={articlePath(next.id)} rel="next" className="hover:text-accent">
                {fill(m.next, { title: next.title })}
              </Link>
            )}
          </div>
        </nav>
      )}
    </div>
  );
}
