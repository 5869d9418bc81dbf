import Link from "next/link";
import { requirePermission } from "@/lib/auth/require-permission";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { formatLocalDateTime } from "@/lib/newsroom/time";
import { AUDIT_PAGE_SIZE, listAuditEntries } from "@/lib/services/admin-lists";

export const metadata = { title: "审计日志" };

const ACTION_NAMES: Record<string, string> = {
  "article.publish": "发布",
  "article.unpublish": "撤回",
  "article.schedule": "定时发布",
  "article.sendBack": "退回",
  "article.submit": "提交审核",
  "article.archive": "归档",
  "article.unarchive": "取消归档",
  "article.correct": "更正",
  "article.feature": "首页推荐",
  "article.unfeature": "取消推荐",
  "article.retract": "撤稿",
  "article.delete": "移入回收站",
  "article.restore": "从回收站恢复",
  "article.restoreRevision": "恢复修订版本",
  "trash.empty": "清空回收站",
  "user.create": "创建账号",
  "user.role": "更改角色",
  "user.disable": "停用账号",
  "user.enable": "启用账号",
  "user.password": "重置密码",
  "role.create": "添加署名角色",
  "settings.update": "修改设置",
};

export default async function AuditPage({ searchParams }: PageProps<"/admin/audit">) {
  await requirePermission("/admin/audit", "audit.view");
  const rawPage = (await searchParams).page;
  const page = typeof rawPage === "string" && /^[1-9]\d{0,5}$/.test(rawPage) ? Number(rawPage) : 1;
  const entries = await listAuditEntries(await getDb(), page);
  return (
    <main className="space-y-4">
      <h1 className="text-2xl font-bold">审计日志</h1>
      <table className="w-full border-collapse bg-white text-left text-sm dark:bg-neutral-900">
        <thead>
          <tr className="border-b border-neutral-200 dark:border-neutral-800">
            <th className="p-2">时间</th>
            <th className="p-2">谁</th>
            <th className="p-2">做了什么</th>
            <th className="p-2">对象</th>
            <th className="p-2">详情</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr
              key={entry.id}
              className="border-b border-neutral-100 align-top dark:border-neutral-800"
              data-testid="audit-row"
            >
              <td className="p-2 whitespace-nowrap">{formatLocalDateTime(entry.at, env.timeZone)}</td>
              <td className="p-2">{entry.actor?.name ?? "系统"}</td>
              <td className="p-2">{ACTION_NAMES[entry.action] ?? entry.action}</td>
              <td className="p-2">
                {entry.article ? (
                  <Link href={`/admin/articles/${entry.article.id}`}>{entry.article.title}</Link>
                ) : entry.userId ? (
                  `账号 #${entry.userId}`
                ) : (
                  "—"
                )}
              </td>
              <td className="p-2 font-mono text-xs break-all">{entry.details ? JSON.stringify(entry.details) : ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <nav aria-label="分页" className="flex gap-4 text-sm">
        {page > 1 && <Link href={`/admin/audit?page=${page - 1}`}>较新</Link>}
        {entries.length === AUDIT_PAGE_SIZE && <Link href={`/admin/audit?page=${page + 1}`}>较早</Link>}
      </nav>
    </main>
  );
}
