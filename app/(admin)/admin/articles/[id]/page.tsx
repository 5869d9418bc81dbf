import Link from "next/link";
import { notFound } from "next/navigation";
import { ArticleForm } from "../article-form";
import { UnpublishButton } from "./unpublish-button";
import { requireUser } from "@/lib/auth/session";
import { articlePath } from "@/lib/content/article-view";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { getMessages } from "@/lib/i18n";
import { docToText } from "@/lib/newsroom/body";
import { formatLocalDateTime } from "@/lib/newsroom/time";
import { getArticleForEdit } from "@/lib/services/articles/admin-queries";
import { ServiceError } from "@/lib/services/errors";

export const metadata = { title: "编辑文章" };

const NOTICES = ["saved", "published", "unpublished"] as const;

export default async function EditArticlePage({ params, searchParams }: PageProps<"/admin/articles/[id]">) {
  const { id: rawId } = await params;
  const user = await requireUser(`/admin/articles/${rawId}`);
  const id = /^[1-9]\d{0,15}$/.test(rawId) ? Number(rawId) : null;
  if (id === null) notFound();
  const article = await getArticleForEdit(await getDb(), user, id).catch((error: unknown) => {
    if (error instanceof ServiceError) notFound();
    throw error;
  });
  const m = getMessages().admin;
  const { notice: rawNotice } = await searchParams;
  const notice = NOTICES.find((value) => value === rawNotice);
  const published = article.status === "PUBLISHED";

  return (
    <main>
      <div className="mb-6 flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-2xl font-bold">
          {m.editArticle} <span className="ml-2 text-sm font-normal text-neutral-500">{m.status[article.status]}</span>
        </h1>
        <div className="flex items-center gap-4">
          {published && (
            <>
              <Link href={articlePath(article.id)} className="text-sm text-brand underline">
                {m.viewOnSite}
              </Link>
              <UnpublishButton id={article.id} label={m.actions.unpublish} />
            </>
          )}
        </div>
      </div>
      {notice && (
        <p
          role="status"
          className="mb-6 rounded border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-800 dark:bg-green-950 dark:text-green-200"
        >
          {m[notice]}
        </p>
      )}
      <ArticleForm
        key={article.version}
        published={published}
        readOnly={!article.editable}
        labels={m}
        initial={{
          id: article.id,
          version: article.version,
          title: article.title,
          source: article.source ?? "",
          publishedAt: article.publishedAt ? formatLocalDateTime(article.publishedAt, env.timeZone) : "",
          body: docToText(article.body),
          credits: article.credits,
        }}
      />
    </main>
  );
}
