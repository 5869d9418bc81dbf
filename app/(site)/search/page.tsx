import type { Metadata } from "next";
import Link from "next/link";
import { PageHeading } from "@/components/site/page-heading";
import { getSearchResults, getSections } from "@/lib/content/articles";
import { articlePath } from "@/lib/content/article-view";
import { env } from "@/lib/env";
import { formatLocalDateTime, parseLocalDateTime } from "@/lib/newsroom/time";
import type { SnippetPart } from "@/lib/search/snippet";
import { feedAlternates } from "@/lib/seo/feed-links";

export const metadata: Metadata = {
  title: "搜索",
  robots: { index: false, follow: true },
  alternates: { types: feedAlternates() },
};

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
  const sections = await getSections();
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
      <PageHeading kind="搜索" title={q ? `“${q}”的搜索结果` : "搜索"} />
      <form
        action="/search"
        role="search"
        aria-label="搜索条件"
        className="mb-6 flex flex-wrap items-end gap-3 text-sm"
      >
        <label>
          关键词 <input name="q" type="search" defaultValue={q} className={fieldClass} />
        </label>
        <label>
          栏目{" "}
          <select name="section" defaultValue={first(query.section)} className={fieldClass}>
            <option value="">全部</option>
            {sections.map((item) => (
              <option key={item.slug} value={item.slug}>
                {item.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          从 <input type="date" name="from" defaultValue={first(query.from)} className={fieldClass} />
        </label>
        <label>
          到 <input type="date" name="to" defaultValue={first(query.to)} className={fieldClass} />
        </label>
        <button type="submit" className="rounded bg-brand px-3 py-1 text-white">
          搜索
        </button>
      </form>
      {results && (
        <>
          <p className="text-sm text-neutral-700 dark:text-neutral-300" data-testid="search-total">
            {`共找到 ${results.total} 篇`}
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
            <nav aria-label="分页" className="mt-4 flex gap-4 text-sm">
              {results.page > 1 && <Link href={link(results.page - 1)}>上一页</Link>}
              <span>
                第 {results.page} / {results.pages} 页
              </span>
              {results.page < results.pages && <Link href={link(results.page + 1)}>下一页</Link>}
            </nav>
          )}
        </>
      )}
    </div>
  );
}
