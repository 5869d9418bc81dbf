import Link from "next/link";
import { notFound } from "next/navigation";
import { ArticleEditor } from "../article-editor";
import { editorChoices } from "../editor-data";
import { CorrectionForm } from "./corrections-panel";
import { LivePanel } from "./live-panel";
import { WorkflowPanel } from "./workflow-panel";
import { ActionForm } from "@/components/admin/action-form";
import { ReviewPanel } from "@/components/admin/review/review-panel";
import { StatusBadge } from "@/components/admin/status-badge";
import { restoreRevisionAction } from "@/lib/actions/articles/restore-revision";
import { revokePreviewLinksAction } from "@/lib/actions/articles/revoke-preview-links";
import { can, canDecideArticle, canSubmitArticle, canTrashArticle } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { articlePath } from "@/lib/content/article-view";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { currentMessages } from "@/lib/i18n/server";
import { liveState } from "@/lib/newsroom/live";
import { allowedActions } from "@/lib/newsroom/workflow";
import { getArticleForEdit } from "@/lib/services/articles/admin-queries";
import { liveEntriesForAdmin, livePeopleForAdmin } from "@/lib/services/live/live-admin-queries";
import { coverChoiceFor } from "@/lib/services/media/media-queries";
import { ServiceError } from "@/lib/services/errors";
import { editorChecks } from "@/lib/services/sensitive-words/editor-checks";
import { formValuesOf } from "@/lib/validations/article-form-values";
import { lookup } from "@/lib/validations/lookup";
import { parseId } from "@/lib/validations/ids";
import { fill } from "@/lib/i18n/fill";
import { formatLocalDateTime } from "@/lib/newsroom/time";

export async function generateMetadata() {
  return { title: (await currentMessages({ fresh: true })).admin.editPage.title };
}

export default async function EditArticlePage({ params, searchParams }: PageProps<"/admin/articles/[id]">) {
  const { id: rawId } = await params;
  const user = await requireUser(`/admin/articles/${rawId}`);
  const id = parseId(rawId);
  if (id === null) notFound();
  const article = await getArticleForEdit(await getDb(), user, id).catch((error: unknown) => {
    if (error instanceof ServiceError) notFound();
    throw error;
  });
  const { notice, review } = await searchParams;
  const [choices, messages] = await Promise.all([editorChoices(), currentMessages({ fresh: true })]);
  const m = messages.admin.editPage;
  const common = messages.admin.common;
  const time = (date: Date | null) => (date ? formatLocalDateTime(date, env.timeZone) : "");
  const decisions = canDecideArticle(user, article)
    ? allowedActions(article.status).filter((action) =>
        ["sendBack", "unpublish", "archive", "unarchive"].includes(action),
      )
    : [];
  const live = article.status === "PUBLISHED" || article.status === "SCHEDULED";
  const cover = article.coverMediaId ? await coverChoiceFor(await getDb(), article.coverMediaId) : null;
  const coverage = liveState(article.content, new Date());
  const [liveEntries, livePeople] =
    coverage !== "off" && canDecideArticle(user, article)
      ? await Promise.all([
          liveEntriesForAdmin(await getDb(), article.id),
          livePeopleForAdmin(await getDb(), article.id),
        ])
      : [[], []];
  const checks = await editorChecks({ db: await getDb(), actor: user }, article.id);

  return (
    <main className="grid gap-8 lg:grid-cols-[1fr_22rem]">
      <div>
        <div className="mb-4 flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-bold">{m.title}</h1>
          <StatusBadge status={article.status} />
          {article.deletedAt && <span className="text-sm text-red-700">{common.inTrash}</span>}
        </div>
        {lookup(m.notices, notice) && (
          <p
            role="status"
            className="mb-4 rounded border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-800 dark:bg-green-950 dark:text-green-200"
          >
            {lookup(m.notices, notice)}
          </p>
        )}
        {article.reviewNote && article.status === "DRAFT" && (
          <p className="mb-4 rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-100">
            {fill(m.reviewNote, { note: article.reviewNote })}
          </p>
        )}
        {article.pendingAutosave && (
          <div className="mb-4 flex flex-wrap items-center gap-3 rounded border border-sky-300 bg-sky-50 px-3 py-2 text-sm dark:bg-sky-950">
            <span>{fill(m.pendingAutosave, { time: time(article.pendingAutosave.createdAt) })}</span>
            <ActionForm
              action={restoreRevisionAction}
              fields={{ id: article.id, revisionId: article.pendingAutosave.id, version: article.version }}
              label={m.loadAutosave}
            />
          </div>
        )}
        <ArticleEditor
          key={article.version}
          roles={choices.roles}
          sections={choices.sections}
          permissions={{
            canPublish: can(user, "article.publish"),
            canSubmit: canSubmitArticle(user, article) && !can(user, "article.publish"),
            readOnly: !article.editable,
            live,
          }}
          mediaMaxBytes={env.mediaMaxBytes}
          checks={{ initial: checks, labels: messages.words.editor }}
          initial={{
            ...formValuesOf(article.content, env.timeZone),
            id: article.id,
            version: article.version,
            scheduledAt: time(article.scheduledAt),
            coverMediaId: cover,
          }}
        />
      </div>
      <aside className="space-y-6 text-sm">
        <section className="space-y-1">
          <h2 className="font-bold">{m.status}</h2>
          <p>
            {fill(m.versionLine, {
              version: article.version,
              name: article.updatedBy?.name ?? common.system,
              time: time(article.updatedAt),
            })}
          </p>
          {article.scheduledAt && article.status === "SCHEDULED" && (
            <p>{fill(m.scheduledAt, { time: time(article.scheduledAt) })}</p>
          )}
          {article.embargoUntil && <p>{fill(m.embargoUntil, { time: time(article.embargoUntil) })}</p>}
          {article.takedownAt && (
            <p>
              {messages.admin.ui.articleFields.fields.takedownAt.label}:{time(article.takedownAt)}
            </p>
          )}
          <p className="flex flex-wrap gap-3 pt-2">
            <Link className="text-brand underline" href={`/admin/articles/${article.id}/preview`}>
              {m.preview}
            </Link>
            <Link className="text-brand underline" href={`/admin/articles/${article.id}/history`}>
              {m.history}
            </Link>
            {article.firstPublishedAt && (
              <Link className="text-brand underline" href={`/admin/articles/${article.id}/stats`}>
                {messages.views.admin.statsLink}
              </Link>
            )}
            {article.status === "PUBLISHED" && (
              <Link className="text-brand underline" href={articlePath(article.id)}>
                {m.viewOnSite}
              </Link>
            )}
          </p>
        </section>
        {!article.deletedAt && (
          <ReviewPanel
            articleId={article.id}
            version={article.version}
            user={user}
            notice={typeof review === "string" ? review : undefined}
          />
        )}
        <section className="space-y-2">
          <h2 className="font-bold">{m.actions}</h2>
          <WorkflowPanel
            id={article.id}
            version={article.version}
            live={article.status === "PUBLISHED" && canDecideArticle(user, article)}
            featured={!!article.featuredAt}
            retracted={!!article.retractedAt}
            actions={decisions}
            canTrash={canTrashArticle(user, article)}
            labels={messages.admin.workflow}
          />
          <ActionForm
            action={revokePreviewLinksAction}
            fields={{ id: article.id }}
            label={messages.previewLinks.revoke}
            tone="danger"
            confirm={messages.previewLinks.confirmRevoke}
          />
        </section>
        {canDecideArticle(user, article) && (
          <section className="space-y-2">
            <h2 className="font-bold">{messages.topics.live.panel.title}</h2>
            {coverage === "off" ? (
              <p className="text-neutral-500">{messages.topics.live.panel.notLive}</p>
            ) : (
              <LivePanel
                articleId={article.id}
                closed={coverage === "closed"}
                entries={liveEntries}
                people={livePeople}
                labels={messages.topics.live.panel}
                time={time}
              />
            )}
          </section>
        )}
        {article.status === "PUBLISHED" && canDecideArticle(user, article) && (
          <section className="space-y-2">
            <h2 className="font-bold">{m.corrections}</h2>
            <ul className="space-y-1">
              {article.corrections.map((correction) => (
                <li key={correction.id}>
                  {time(correction.createdAt)} {correction.kind === "UPDATE" ? common.update : common.correction}:
                  {correction.text}
                </li>
              ))}
            </ul>
            <CorrectionForm id={article.id} labels={messages.admin.corrections} />
          </section>
        )}
      </aside>
    </main>
  );
}
