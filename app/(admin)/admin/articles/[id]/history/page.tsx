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
import { currentMessages } from "@/lib/i18n/server";
import { getRevisionSnapshot, listRevisions } from "@/lib/services/articles/admin-queries";
import { ServiceError } from "@/lib/services/errors";
import { parseId } from "@/lib/validations/ids";
import { fill } from "@/lib/i18n/fill";
import { formatLocalDateTime } from "@/lib/newsroom/time";
import { signOffsByRevision } from "@/lib/services/review/review-queries";

export async function generateMetadata() {
  return { title: (await currentMessages({ fresh: true })).admin.history.title };
}

export default async function HistoryPage({ params, searchParams }: PageProps<"/admin/articles/[id]/history">) {
  const { id: rawId } = await params;
  const user = await requireUser(`/admin/articles/${rawId}/history`);
  const id = parseId(rawId);
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
  const from = parseId(query.a) ?? parseId(query.compare);
  const to = parseId(query.b) ?? (parseId(query.compare) !== null ? newest : null);
  const comparison =
    from !== null && to !== null
      ? await Promise.all([getRevisionSnapshot(db, user, id, from), getRevisionSnapshot(db, user, id, to)]).catch(
          orNotFound,
        )
      : null;
  const editable = canEditArticle(user, article);
  const signOffs = await signOffsByRevision(db, id);
  const messages = await currentMessages({ fresh: true });
  const m = messages.admin.history;
  const time = (date: Date) => formatLocalDateTime(date, env.timeZone);

  return (
    <main className="space-y-8">
      <div>
        <Link href={`/admin/articles/${id}`} className="text-sm text-brand underline">
          {m.back}
        </Link>
        <h1 className="mt-2 text-2xl font-bold">{fill(m.heading, { title: article.title })}</h1>
      </div>
      {comparison && (
        <section className="rounded border border-neutral-200 bg-white p-4 dark:border-neutral-800 dark:bg-neutral-900">
          <h2 className="mb-4 font-bold">
            {fill(m.comparison, {
              fromId: comparison[0].id,
              fromTime: time(comparison[0].createdAt),
              toId: comparison[1].id,
              toTime: time(comparison[1].createdAt),
            })}
          </h2>
          <DiffView
            diff={diffSnapshots(comparison[0].snapshot, comparison[1].snapshot, {
              fields: messages.admin.ui.articleFields.fields,
              blocks: m.blocks,
            })}
            sameLabel={m.same}
          />
        </section>
      )}
      <div className="space-y-2">
        <table className="w-full border-collapse bg-white text-left text-sm dark:bg-neutral-900">
          <thead>
            <tr className="border-b border-neutral-200 dark:border-neutral-800">
              <th className="p-2">{m.older}</th>
              <th className="p-2">{m.newer}</th>
              <th className="p-2">{m.version}</th>
              <th className="p-2">{m.kind}</th>
              <th className="p-2">{m.author}</th>
              <th className="p-2">{m.time}</th>
              <th className="p-2">{messages.review.history.signOffs}</th>
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
                    aria-label={fill(m.olderVersion, { id: revision.id })}
                    defaultChecked={index === 1}
                  />
                </td>
                <td className="p-2">
                  <input
                    form="compare"
                    type="radio"
                    name="b"
                    value={revision.id}
                    aria-label={fill(m.newerVersion, { id: revision.id })}
                    defaultChecked={index === 0}
                  />
                </td>
                <td className="p-2">
                  #{revision.id}(v{revision.version})
                </td>
                <td className="p-2">{m.kinds[revision.kind]}</td>
                <td className="p-2">{revision.author?.name ?? messages.admin.common.system}</td>
                <td className="p-2">{time(revision.createdAt)}</td>
                <td className="p-2" data-testid="revision-sign-offs">
                  {(signOffs.get(revision.id) ?? []).map((signOff) => (
                    <Link
                      key={signOff.id}
                      className="block text-brand underline"
                      href={`/admin/articles/${id}/history?compare=${revision.id}`}
                    >
                      {fill(messages.review.history.signedHere, {
                        stage: signOff.override ? messages.review.panel.overrideStage : signOff.stageName,
                        name: signOff.user?.name ?? messages.review.panel.someone,
                      })}
                    </Link>
                  ))}
                </td>
                <td className="p-2">
                  {editable && (
                    <ActionForm
                      action={restoreRevisionAction}
                      fields={{ id, revisionId: revision.id, version: article.version }}
                      label={m.restore}
                      confirm={m.confirmRestore}
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
            {m.compare}
          </button>
        </form>
      </div>
    </main>
  );
}
