import Link from "next/link";
import { notFound } from "next/navigation";
import { ArticlePage } from "@/components/site/article-page";
import { requireUser } from "@/lib/auth/session";
import { getSiteSettings } from "@/lib/content/articles";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { currentMessages } from "@/lib/i18n/server";
import { previewForStaff } from "@/lib/services/articles/preview";
import { ServiceError } from "@/lib/services/errors";
import { parseId } from "@/lib/validations/ids";
import { fill } from "@/lib/i18n/fill";

export async function generateMetadata() {
  return { title: (await currentMessages({ fresh: true })).admin.preview.title };
}

export default async function PreviewPage({ params }: PageProps<"/admin/articles/[id]/preview">) {
  const { id: rawId } = await params;
  const user = await requireUser(`/admin/articles/${rawId}/preview`);
  const id = parseId(rawId);
  if (id === null) notFound();
  const db = await getDb();
  const article = await previewForStaff(db, user, id).catch((error: unknown) => {
    if (error instanceof ServiceError) notFound();
    throw error;
  });
  const status = await db.article.findUniqueOrThrow({ where: { id: article.id }, select: { status: true } });
  const [settings, messages] = await Promise.all([getSiteSettings(), currentMessages({ fresh: true })]);
  const m = messages.admin;
  return (
    <main>
      <p className="mb-4 rounded bg-amber-100 px-3 py-2 text-sm text-amber-900">
        {fill(m.preview.notice, { status: m.articleStatus[status.status] })}{" "}
        <Link className="underline" href={`/admin/articles/${article.id}`}>
          {m.common.backToEditor}
        </Link>
      </p>
      <div className="bg-white dark:bg-neutral-950">
        <ArticlePage article={article} timeZone={env.timeZone} bylineStyle={settings.bylineStyle} />
      </div>
    </main>
  );
}
