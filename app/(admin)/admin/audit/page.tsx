import Link from "next/link";
import { requirePermission } from "@/lib/auth/require-permission";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { currentMessages } from "@/lib/i18n/server";
import { AUDIT_PAGE_SIZE, listAuditEntries } from "@/lib/services/admin-lists";
import { fill } from "@/lib/i18n/fill";
import { formatLocalDateTime } from "@/lib/newsroom/time";

export async function generateMetadata() {
  return { title: (await currentMessages({ fresh: true })).admin.audit.title };
}

export default async function AuditPage({ searchParams }: PageProps<"/admin/audit">) {
  await requirePermission("/admin/audit", "audit.view");
  const rawPage = (await searchParams).page;
  const page = typeof rawPage === "string" && /^[1-9]\d{0,5}$/.test(rawPage) ? Number(rawPage) : 1;
  const [entries, messages] = await Promise.all([
    listAuditEntries(await getDb(), page),
    currentMessages({ fresh: true }),
  ]);
  const m = messages.admin.audit;
  return (
    <main className="space-y-4">
      <h1 className="text-2xl font-bold">{m.title}</h1>
      <table className="w-full border-collapse bg-white text-left text-sm dark:bg-neutral-900">
        <thead>
          <tr className="border-b border-neutral-200 dark:border-neutral-800">
            <th className="p-2">{m.time}</th>
            <th className="p-2">{m.who}</th>
            <th className="p-2">{m.what}</th>
            <th className="p-2">{m.target}</th>
            <th className="p-2">{m.details}</th>
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
              <td className="p-2">{entry.actor?.name ?? messages.admin.common.system}</td>
              <td className="p-2">
                {m.actions[entry.action] ??
                  messages.review.auditActions[entry.action] ??
                  messages.webhooks.auditActions[entry.action] ??
                  entry.action}
              </td>
              <td className="p-2">
                {entry.article ? (
                  <Link href={`/admin/articles/${entry.article.id}`}>{entry.article.title}</Link>
                ) : entry.userId ? (
                  fill(m.account, { id: entry.userId })
                ) : (
                  "—"
                )}
              </td>
              <td className="p-2 font-mono text-xs break-all">{entry.details ? JSON.stringify(entry.details) : ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <nav aria-label={messages.admin.common.pagination} className="flex gap-4 text-sm">
        {page > 1 && <Link href={`/admin/audit?page=${page - 1}`}>{m.newer}</Link>}
        {entries.length === AUDIT_PAGE_SIZE && <Link href={`/admin/audit?page=${page + 1}`}>{m.older}</Link>}
      </nav>
    </main>
  );
}
