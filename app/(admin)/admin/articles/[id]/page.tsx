import Link from "next/link";
import { notFound } from "next/navigation";
import { ArticleEditor } from "../article-editor";
import { bodyFieldValue } from "../body-format";
import { editorChoices } from "../editor-data";
import { CorrectionForm } from "./corrections-panel";
import { WorkflowPanel } from "./workflow-panel";
import { ActionForm } from "@/components/admin/action-form";
import { StatusBadge } from "@/components/admin/status-badge";
import { restoreRevisionAction } from "@/lib/actions/articles/restore-revision";
import { can, canDecideArticle, canSubmitArticle, canTrashArticle } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { articlePath } from "@/lib/content/article-view";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { formatLocalDateTime } from "@/lib/newsroom/time";
import { allowedActions } from "@/lib/newsroom/workflow";
import { getArticleForEdit } from "@/lib/services/articles/admin-queries";
import { coverChoiceFor } from "@/lib/services/media/media-queries";
import { ServiceError } from "@/lib/services/errors";

export const metadata = { title: "编辑文章" };

const NOTICES: Record<string, string> = {
  saved: "已保存",
  publish: "已发布",
  submit: "已提交审核,等待编辑处理",
  schedule: "已定时发布",
  restored: "已恢复到所选版本(作为一个新版本保存)",
};

export default async function EditArticlePage({ params, searchParams }: PageProps<"/admin/articles/[id]">) {
  const { id: rawId } = await params;
  const user = await requireUser(`/admin/articles/${rawId}`);
  const id = /^[1-9]\d{0,15}$/.test(rawId) ? Number(rawId) : null;
  if (id === null) notFound();
  const article = await getArticleForEdit(await getDb(), user, id).catch((error: unknown) => {
    if (error instanceof ServiceError) notFound();
    throw error;
  });
  const { notice } = await searchParams;
  const choices = await editorChoices();
  const time = (date: Date | null) => (date ? formatLocalDateTime(date, env.timeZone) : "");
  const decisions = canDecideArticle(user, article)
    ? allowedActions(article.status).filter((action) =>
        ["sendBack", "unpublish", "archive", "unarchive"].includes(action),
      )
    : [];
  const live = article.status === "PUBLISHED" || article.status === "SCHEDULED";
  const cover = article.coverMediaId ? await coverChoiceFor(await getDb(), article.coverMediaId) : null;

  return (
    <main className="grid gap-8 lg:grid-cols-[1fr_22rem]">
      <div>
        <div className="mb-4 flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-bold">编辑文章</h1>
          <StatusBadge status={article.status} />
          {article.deletedAt && <span className="text-sm text-red-700">在回收站中</span>}
        </div>
        {typeof notice === "string" && NOTICES[notice] && (
          <p
            role="status"
            className="mb-4 rounded border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-800 dark:bg-green-950 dark:text-green-200"
          >
            {NOTICES[notice]}
          </p>
        )}
        {article.reviewNote && article.status === "DRAFT" && (
          <p className="mb-4 rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-100">
            编辑退回意见:{article.reviewNote}
          </p>
        )}
        {article.pendingAutosave && (
          <div className="mb-4 flex flex-wrap items-center gap-3 rounded border border-sky-300 bg-sky-50 px-3 py-2 text-sm dark:bg-sky-950">
            <span>你有一份 {time(article.pendingAutosave.createdAt)} 自动保存、尚未公开的修改。</span>
            <ActionForm
              action={restoreRevisionAction}
              fields={{ id: article.id, revisionId: article.pendingAutosave.id, version: article.version }}
              label="载入这份修改"
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
          initial={{
            id: article.id,
            version: article.version,
            kicker: article.kicker ?? "",
            title: article.title,
            subtitle: article.subtitle ?? "",
            summary: article.summary ?? "",
            source: article.source ?? "",
            sourceUrl: article.sourceUrl ?? "",
            sectionId: article.sectionId ? String(article.sectionId) : "",
            tags: article.tags.join(","),
            publishedAt: time(article.publishedAt),
            embargoUntil: time(article.embargoUntil),
            scheduledAt: time(article.scheduledAt),
            body: bodyFieldValue(article.body),
            credits: article.credits,
            cover,
          }}
        />
      </div>
      <aside className="space-y-6 text-sm">
        <section className="space-y-1">
          <h2 className="font-bold">状态</h2>
          <p>
            版本 {article.version},最后由 {article.updatedBy?.name ?? "系统"} 修改于 {time(article.updatedAt)}
          </p>
          {article.scheduledAt && article.status === "SCHEDULED" && <p>定时发布:{time(article.scheduledAt)}</p>}
          {article.embargoUntil && <p>禁发至:{time(article.embargoUntil)}</p>}
          <p className="flex flex-wrap gap-3 pt-2">
            <Link className="text-brand underline" href={`/admin/articles/${article.id}/preview`}>
              预览
            </Link>
            <Link className="text-brand underline" href={`/admin/articles/${article.id}/history`}>
              修订历史
            </Link>
            {article.status === "PUBLISHED" && (
              <Link className="text-brand underline" href={articlePath(article.id)}>
                在网站上查看
              </Link>
            )}
          </p>
        </section>
        <section className="space-y-2">
          <h2 className="font-bold">操作</h2>
          <WorkflowPanel
            id={article.id}
            version={article.version}
            live={article.status === "PUBLISHED" && canDecideArticle(user, article)}
            featured={!!article.featuredAt}
            retracted={!!article.retractedAt}
            actions={decisions}
            canTrash={canTrashArticle(user, article)}
          />
        </section>
        {article.status === "PUBLISHED" && canDecideArticle(user, article) && (
          <section className="space-y-2">
            <h2 className="font-bold">更正与更新</h2>
            <ul className="space-y-1">
              {article.corrections.map((correction) => (
                <li key={correction.id}>
                  {time(correction.createdAt)} {correction.kind === "UPDATE" ? "更新" : "更正"}:{correction.text}
                </li>
              ))}
            </ul>
            <CorrectionForm id={article.id} />
          </section>
        )}
      </aside>
    </main>
  );
}
