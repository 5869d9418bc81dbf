import Link from "next/link";
import type { ReactNode } from "react";
import { StatusBadge } from "@/components/admin/status-badge";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";
import { currentMessages } from "@/lib/i18n/server";
import { formatLocalDateTime } from "@/lib/newsroom/time";

export interface ArticleRow {
  id: number;
  title: string;
  status: ArticleStatus;
  publishedAt: Date | null;
  scheduledAt: Date | null;
  updatedAt: Date;
  section: { name: string } | null;
  createdBy: { name: string } | null;
}

interface Props {
  articles: ArticleRow[];
  timeZone: string;
  empty: string;
  /** Extra cell per row (restore button in the trash). */
  action?: (article: ArticleRow) => ReactNode;
}

export async function ArticleTable({ articles, timeZone, empty, action }: Props) {
  const messages = await currentMessages({ fresh: true });
  const m = messages.admin.articleTable;
  const when = (date: Date | null, zone: string) => (date ? formatLocalDateTime(date, zone) : "—");
  if (articles.length === 0) return <p className="py-4 text-neutral-500">{empty}</p>;
  return (
    <table className="w-full border-collapse bg-white text-left text-sm dark:bg-neutral-900">
      <thead>
        <tr className="border-b border-neutral-200 dark:border-neutral-800">
          <th className="p-3">{m.title}</th>
          <th className="p-3">{m.status}</th>
          <th className="p-3">{m.section}</th>
          <th className="p-3">{m.author}</th>
          <th className="p-3">{m.published}</th>
          <th className="p-3">{m.updated}</th>
          {action && <th className="p-3">{m.actions}</th>}
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
            <td className="p-3">
              <StatusBadge status={article.status} />
            </td>
            <td className="p-3">{article.section?.name ?? "—"}</td>
            <td className="p-3">{article.createdBy?.name ?? "—"}</td>
            <td className="p-3">
              {article.status === "SCHEDULED"
                ? when(article.scheduledAt, timeZone)
                : when(article.publishedAt, timeZone)}
            </td>
            <td className="p-3">{when(article.updatedAt, timeZone)}</td>
            {action && <td className="p-3">{action(article)}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
