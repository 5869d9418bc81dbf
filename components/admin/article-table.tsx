import Link from "next/link";
import type { ReactNode } from "react";
import { StatusBadge } from "@/components/admin/status-badge";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";
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

const when = (date: Date | null, timeZone: string) => (date ? formatLocalDateTime(date, timeZone) : "—");

export function ArticleTable({ articles, timeZone, empty, action }: Props) {
  if (articles.length === 0) return <p className="py-4 text-neutral-500">{empty}</p>;
  return (
    <table className="w-full border-collapse bg-white text-left text-sm dark:bg-neutral-900">
      <thead>
        <tr className="border-b border-neutral-200 dark:border-neutral-800">
          <th className="p-3">标题</th>
          <th className="p-3">状态</th>
          <th className="p-3">栏目</th>
          <th className="p-3">作者</th>
          <th className="p-3">发布 / 定时</th>
          <th className="p-3">最后修改</th>
          {action && <th className="p-3">操作</th>}
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
