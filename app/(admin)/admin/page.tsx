import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { getMessages } from "@/lib/i18n";
import { formatLocalDateTime } from "@/lib/newsroom/time";
import { listArticlesForAdmin } from "@/lib/services/articles/admin-queries";

export default async function AdminHome() {
  const user = await requireUser("/admin");
  const m = getMessages().admin;
  const articles = await listArticlesForAdmin(await getDb(), user);
  return (
    <main>
      <div className="mb-6 flex items-center justify-between">
        <h1 className="text-2xl font-bold">{m.articles}</h1>
        <Link href="/admin/articles/new" className="rounded bg-brand px-4 py-2 text-white hover:bg-red-800">
          {m.newArticle}
        </Link>
      </div>
      {articles.length === 0 ? (
        <p>{m.noArticles}</p>
      ) : (
        <table className="w-full border-collapse bg-white text-left text-sm dark:bg-neutral-900">
          <thead>
            <tr className="border-b border-neutral-200 dark:border-neutral-800">
              <th className="p-3">{m.columns.title}</th>
              <th className="p-3">{m.columns.status}</th>
              <th className="p-3">{m.columns.publishedAt}</th>
              <th className="p-3">{m.columns.updatedAt}</th>
            </tr>
          </thead>
          <tbody>
            {articles.map((article) => (
              <tr key={article.id} className="border-b border-neutral-100 dark:border-neutral-800">
                <td className="p-3">
                  <Link href={`/admin/articles/${article.id}`} className="font-medium hover:text-brand">
                    {article.title}
                  </Link>
                </td>
                <td className="p-3">{m.status[article.status]}</td>
                <td className="p-3">
                  {article.publishedAt ? formatLocalDateTime(article.publishedAt, env.timeZone) : "—"}
                </td>
                <td className="p-3">{formatLocalDateTime(article.updatedAt, env.timeZone)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}
