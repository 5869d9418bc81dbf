import Link from "next/link";
import { ArticleTable } from "@/components/admin/article-table";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { currentMessages } from "@/lib/i18n/server";
import { listArticlesForAdmin, listSectionsForAdmin, listStaff } from "@/lib/services/articles/admin-queries";
import { parseArticleFilters } from "@/lib/validations/article-filters";
import { fill } from "@/lib/i18n/fill";

export async function generateMetadata() {
  return { title: (await currentMessages({ fresh: true })).admin.articleList.title };
}

const inputClass = "rounded border border-neutral-300 px-2 py-1.5 text-sm dark:border-neutral-700 dark:bg-neutral-900";

export default async function ArticlesPage({ searchParams }: PageProps<"/admin/articles">) {
  const user = await requireUser("/admin/articles");
  const query = await searchParams;
  const filters = parseArticleFilters(query, env.timeZone);
  const db = await getDb();
  const [{ articles, total, page, pages }, sections, staff, messages] = await Promise.all([
    listArticlesForAdmin(db, user, filters),
    listSectionsForAdmin(db),
    listStaff(db),
    currentMessages({ fresh: true }),
  ]);
  const m = messages.admin.articleList;
  const common = messages.admin.common;
  const text = (key: string) => (typeof query[key] === "string" ? String(query[key]) : "");
  const pageLink = (target: number) => {
    const params = new URLSearchParams(
      Object.entries(query).flatMap(([key, value]) =>
        typeof value === "string" && key !== "page" ? [[key, value]] : [],
      ),
    );
    params.set("page", String(target));
    return `/admin/articles?${params.toString()}`;
  };

  return (
    <main className="space-y-4">
      <div className="flex items-center justify-between">
        <h1 className="text-2xl font-bold">{m.title}</h1>
        <Link href="/admin/articles/new" className="rounded bg-brand px-4 py-2 text-white hover:bg-red-800">
          {m.newArticle}
        </Link>
      </div>
      {text("notice") === "trashed" && (
        <p role="status" className="rounded border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-800">
          {m.trashed}
        </p>
      )}
      <form className="flex flex-wrap items-end gap-2" role="search" aria-label={m.filter}>
        <input
          name="q"
          defaultValue={text("q")}
          placeholder={m.searchTitle}
          aria-label={m.searchTitle}
          className={inputClass}
        />
        <select name="status" defaultValue={text("status")} aria-label={m.status} className={inputClass}>
          <option value="">{m.allStatuses}</option>
          {Object.entries(messages.admin.articleStatus).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
        <select name="section" defaultValue={text("section")} aria-label={m.section} className={inputClass}>
          <option value="">{m.allSections}</option>
          {sections.map((section) => (
            <option key={section.id} value={section.id}>
              {section.name}
            </option>
          ))}
        </select>
        <select name="author" defaultValue={text("author")} aria-label={m.author} className={inputClass}>
          <option value="">{m.allAuthors}</option>
          {staff.map((member) => (
            <option key={member.id} value={member.id}>
              {member.name}
            </option>
          ))}
        </select>
        <label className="text-sm">
          {m.modifiedFrom}{" "}
          <input type="date" name="from" defaultValue={text("from")} aria-label={m.fromDate} className={inputClass} />
        </label>
        <label className="text-sm">
          {m.to} <input type="date" name="to" defaultValue={text("to")} aria-label={m.toDate} className={inputClass} />
        </label>
        <button type="submit" className="rounded border border-neutral-400 px-3 py-1.5 text-sm">
          {m.submit}
        </button>
      </form>
      <p className="text-sm text-neutral-500">{fill(m.total, { n: total })}</p>
      <ArticleTable articles={articles} timeZone={env.timeZone} empty={m.empty} />
      {pages > 1 && (
        <nav aria-label={common.pagination} className="flex items-center gap-4 text-sm">
          {page > 1 && <Link href={pageLink(page - 1)}>{common.previousPage}</Link>}
          <span>{fill(common.page, { page, pages })}</span>
          {page < pages && <Link href={pageLink(page + 1)}>{common.nextPage}</Link>}
        </nav>
      )}
    </main>
  );
}
