import type { Metadata } from "next";
import Link from "next/link";
import { PageHeading } from "@/components/site/page-heading";
import { getSearchResults, getSections } from "@/lib/content/articles";
import { articlePath } from "@/lib/content/article-view";
import { env } from "@/lib/env";
import { currentMessages } from "@/lib/i18n/server";
import { parseLocalDateTime } from "@/lib/newsroom/time";
import type { SnippetPart } from "@/lib/search/snippet";
import { feedAlternates } from "@/lib/seo/feed-links";
import { fill } from "@/lib/i18n/fill";
import { formatLocalDateTime } from "@/lib/newsroom/time";

// Results depend on the query: rendered per request (from cached data), never at build time.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return {
    title: (await currentMessages()).search.title,
    robots: { index: false, follow: true },
    alternates: { types: feedAlternates() },
  };
}

const first = (value: string | string[] | undefined) => (typeof value === "string" ? value.trim() : "");

function Highlighted({ parts }: { parts: SnippetPart[] }) {
  return (
    <>
      {parts.map((part, index) =>
        part.hit ? (
          <mark key={index} className="bg-yellow-200 text-neutral-900 dark:bg-yellow-300">
            {part.text}
          </mark>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </>
  );
}

const fieldClass =
  "rounded border border-neutral-400 bg-white px-2 py-1 text-neutral-900 dark:border-neutral-600 dark:bg-neutral-900 dark:text-neutral-100";

export default async function SearchPage({ searchParams }: PageProps<"/search">) {
  const query = await searchParams;
  const q = first(query.q).slice(0, 100);
  const [sections, messages] = await Promise.all([getSections(), currentMessages()]);
  const m = messages.search;
  const section = sections.find((item) => item.slug === first(query.section));
  const day = (value: string, end: boolean) => {
    const start = /^\d{4}-\d{2}-\d{2}$/.test(value) ? parseLocalDateTime(`${value} 00:00`, env.timeZone) : null;
    return start ? new Date(start.getTime() + (end ? 86_400_000 : 0)) : undefined;
  };
  const page = /^[1-9]\d{0,3}$/.test(first(query.page)) ? Number(first(query.page)) : 1;
  const results = q
    ? await getSearchResults({
        q,
        sectionId: section?.id,
        from: day(first(query.from), false),
        to: day(first(query.to), true),
        page,
      })
    : null;
  const link = (target: number) => {
    const params = new URLSearchParams({
      q,
      section: first(query.section),
      from: first(query.from),
      to: first(query.to),
      page: String(target),
    });
    return `/search?${params.toString()}`;
  };

  return (
    <div className="mx-auto max-w-5xl px-4 py-8">
      <PageHeading kind={m.title} title={q ? fill(m.resultsFor, { q }) : m.title} />
      <form
        action="/search"
        role="search"
        aria-label={m.criteria}
        className="mb-6 flex flex-wrap items-end gap-3 text-sm"
      >
        <label>
          {m.keywords} <input name="q" type="search" defaultValue={q} className={fieldClass} />
        </label>
        <label>
          {m.section}{" "}
          <select name="section" defaultValue={first(query.section)} className={fieldClass}>
            <option value="">{m.all}</option>
            {sections.map((item) => (
              <option key={item.slug} value={item.slug}>
                {item.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {m.from} <input type="date" name="from" defaultValue={first(query.from)} className={fieldClass} />
        </label>
        <label>
          {m.to} <input type="date" name="to" defaultValue={first(query.to)} className={fieldClass} />
        </label>
        <button type="submit" className="rounded bg-brand px-3 py-1 text-white">
          {m.submit}
        </button>
      </form>
      {results && (
        <>
          <p className="text-sm text-neutral-700 dark:text-neutral-300" data-testid="search-total">
            {fill(results.more ? m.totalFoundMore : m.totalFound, { n: results.total })}
          </p>
          <ol className="divide-y divide-neutral-200 dark:divide-neutral-800">
            {results.hits.map((hit) => (
              <li key={hit.article.id} className="py-4" data-testid="search-hit">
                <h2 className="font-serif text-lg font-bold">
                  <Link href={articlePath(hit.article.id)} className="hover:text-accent">
                    <Highlighted parts={hit.titleParts} />
                  </Link>
                </h2>
                <p className="mt-1 text-neutral-800 dark:text-neutral-200">
                  <Highlighted parts={hit.snippet} />
                </p>
                <p className="mt-1 text-sm text-neutral-700 dark:text-neutral-300">
                  <time dateTime={hit.article.publishedAt}>
                    {formatLocalDateTime(new Date(hit.article.publishedAt), env.timeZone)}
                  </time>
                  {hit.article.section && <> · {hit.article.section.name}</>}
                </p>
              </li>
            ))}
          </ol>
          {results.pages > 1 && (
            <nav aria-label={messages.site.pagination} className="mt-4 flex gap-4 text-sm">
              {results.page > 1 && <Link href={link(results.page - 1)}>{m.previousPage}</Link>}
              <span>{fill(m.page, { page: results.page, pages: results.pages })}</span>
              {results.page < results.pages && <Link href={link(results.page + 1)}>{m.nextPage}</Link>}
            </nav>
          )}
        </>
      )}
    </div>
  );
}
