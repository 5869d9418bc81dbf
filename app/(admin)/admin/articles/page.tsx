import Link from "next/link";
import { ArticleTable } from "@/components/admin/article-table";
import { STATUS_LABELS } from "@/components/admin/status-badge";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { listArticlesForAdmin, listSectionsForAdmin, listStaff } from "@/lib/services/articles/admin-queries";
import { parseArticleFilters } from "@/lib/validations/article-filters";

export const metadata = { title: "文章" };

const inputClass = "rounded border border-neutral-300 px-2 py-1.5 text-sm dark:border-neutral-700 dark:bg-neutral-900";

export default async function ArticlesPage({ searchParams }: PageProps<"/admin/articles">) {
  const user = await requireUser("/admin/articles");
  const query = await searchParams;
  const filters = parseArticleFilters(query, env.timeZone);
  const db = await getDb();
  const [{ articles, total, page, pages }, sections, staff] = await Promise.all([
    listArticlesForAdmin(db, user, filters),
    listSectionsForAdmin(db),
    listStaff(db),
  ]);
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
        <h1 className="text-2xl font-bold">文章</h1>
        <Link href="/admin/articles/new" className="rounded bg-brand px-4 py-2 text-white hover:bg-red-800">
          写新文章
        </Link>
      </div>
      {text("notice") === "trashed" && (
        <p role="status" className="rounded border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-800">
          已移入回收站。
        </p>
      )}
      <form className="flex flex-wrap items-end gap-2" role="search" aria-label="筛选文章">
        <input name="q" defaultValue={text("q")} placeholder="搜索标题" aria-label="搜索标题" className={inputClass} />
        <select name="status" defaultValue={text("status")} aria-label="状态" className={inputClass}>
          <option value="">全部状态</option>
          {Object.entries(STATUS_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
        <select name="section" defaultValue={text("section")} aria-label="栏目" className={inputClass}>
          <option value="">全部栏目</option>
          {sections.map((section) => (
            <option key={section.id} value={section.id}>
              {section.name}
            </option>
          ))}
        </select>
        <select name="author" defaultValue={text("author")} aria-label="作者" className={inputClass}>
          <option value="">全部作者</option>
          {staff.map((member) => (
            <option key={member.id} value={member.id}>
              {member.name}
            </option>
          ))}
        </select>
        <label className="text-sm">
          修改于{" "}
          <input type="date" name="from" defaultValue={text("from")} aria-label="起始日期" className={inputClass} />
        </label>
        <label className="text-sm">
          至 <input type="date" name="to" defaultValue={text("to")} aria-label="截止日期" className={inputClass} />
        </label>
        <button type="submit" className="rounded border border-neutral-400 px-3 py-1.5 text-sm">
          筛选
        </button>
      </form>
      <p className="text-sm text-neutral-500">共 {total} 篇</p>
      <ArticleTable articles={articles} timeZone={env.timeZone} empty="没有符合条件的文章。" />
      {pages > 1 && (
        <nav aria-label="分页" className="flex items-center gap-4 text-sm">
          {page > 1 && <Link href={pageLink(page - 1)}>上一页</Link>}
          <span>
            第 {page} / {pages} 页
          </span>
          {page < pages && <Link href={pageLink(page + 1)}>下一页</Link>}
        </nav>
      )}
    </main>
  );
}
