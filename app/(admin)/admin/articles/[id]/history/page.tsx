import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/admin/action-form";
import { DiffView } from "@/components/admin/diff-view";
import { restoreRevisionAction } from "@/lib/actions/articles/restore-revision";
import { canEditArticle } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { diffSnapshots } from "@/lib/newsroom/article-snapshot";
import { formatLocalDateTime } from "@/lib/newsroom/time";
import { getRevisionSnapshot, listRevisions } from "@/lib/services/articles/admin-queries";
import { ServiceError } from "@/lib/services/errors";

export const metadata = { title: "修订历史" };

const KIND_LABELS = { SAVE: "保存", AUTOSAVE: "自动保存", RESTORE: "恢复", CONFLICT: "冲突时被拒的修改" } as const;

const asId = (value: string | string[] | undefined) =>
  typeof value === "string" && /^\d{1,15}$/.test(value) ? Number(value) : null;

export default async function HistoryPage({ params, searchParams }: PageProps<"/admin/articles/[id]/history">) {
  const { id: rawId } = await params;
  const user = await requireUser(`/admin/articles/${rawId}/history`);
  const id = asId(rawId);
  if (id === null) notFound();
  const db = await getDb();
  const orNotFound = (error: unknown): never => {
    if (error instanceof ServiceError) notFound();
    throw error;
  };
  const { article, revisions } = await listRevisions(db, user, id).catch(orNotFound);
  const query = await searchParams;
  // "compare" shows one revision against the newest; "a" and "b" pick any two.
  const newest = revisions.find((revision) => revision.kind !== "CONFLICT")?.id ?? null;
  const from = asId(query.a) ?? asId(query.compare);
  const to = asId(query.b) ?? (asId(query.compare) !== null ? newest : null);
  const comparison =
    from !== null && to !== null
      ? await Promise.all([getRevisionSnapshot(db, user, id, from), getRevisionSnapshot(db, user, id, to)]).catch(
          orNotFound,
        )
      : null;
  const editable = canEditArticle(user, article);

  return (
    <main className="space-y-8">
      <div>
        <Link href={`/admin/articles/${id}`} className="text-sm text-brand underline">
          ← 返回编辑
        </Link>
        <h1 className="mt-2 text-2xl font-bold">修订历史:{article.title}</h1>
      </div>
      {comparison && (
        <section className="rounded border border-neutral-200 bg-white p-4 dark:border-neutral-800 dark:bg-neutral-900">
          <h2 className="mb-4 font-bold">
            版本 #{comparison[0].id}({formatLocalDateTime(comparison[0].createdAt, env.timeZone)})→ 版本 #
            {comparison[1].id}({formatLocalDateTime(comparison[1].createdAt, env.timeZone)})
          </h2>
          <DiffView diff={diffSnapshots(comparison[0].snapshot, comparison[1].snapshot)} />
        </section>
      )}
      <div className="space-y-2">
        <table className="w-full border-collapse bg-white text-left text-sm dark:bg-neutral-900">
          <thead>
            <tr className="border-b border-neutral-200 dark:border-neutral-800">
              <th className="p-2">旧</th>
              <th className="p-2">新</th>
              <th className="p-2">版本</th>
              <th className="p-2">类型</th>
              <th className="p-2">作者</th>
              <th className="p-2">时间</th>
              <th className="p-2" />
            </tr>
          </thead>
          <tbody>
            {revisions.map((revision, index) => (
              <tr
                key={revision.id}
                className="border-b border-neutral-100 dark:border-neutral-800"
                data-testid="revision-row"
              >
                <td className="p-2">
                  <input
                    form="compare"
                    type="radio"
                    name="a"
                    value={revision.id}
                    aria-label={`旧版本 #${revision.id}`}
                    defaultChecked={index === 1}
                  />
                </td>
                <td className="p-2">
                  <input
                    form="compare"
                    type="radio"
                    name="b"
                    value={revision.id}
                    aria-label={`新版本 #${revision.id}`}
                    defaultChecked={index === 0}
                  />
                </td>
                <td className="p-2">
                  #{revision.id}(v{revision.version})
                </td>
                <td className="p-2">{KIND_LABELS[revision.kind]}</td>
                <td className="p-2">{revision.author?.name ?? "系统"}</td>
                <td className="p-2">{formatLocalDateTime(revision.createdAt, env.timeZone)}</td>
                <td className="p-2">
                  {editable && (
                    <ActionForm
                      action={restoreRevisionAction}
                      fields={{ id, revisionId: revision.id, version: article.version }}
                      label="恢复此版本"
                      confirm="将把文章内容恢复为这个版本(作为新版本保存)。确定吗?"
                    />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {/* The radios in the table belong to this form; the restore buttons are forms of their own. */}
        <form id="compare" action={`/admin/articles/${id}/history`}>
          <button type="submit" className="rounded border border-neutral-400 px-3 py-1.5 text-sm">
            比较所选的两个版本
          </button>
        </form>
      </div>
    </main>
  );
}
