import Link from "next/link";
import { notFound } from "next/navigation";
import { ArticlePage } from "@/components/site/article-page";
import { STATUS_LABELS } from "@/components/admin/status-badge";
import { requireUser } from "@/lib/auth/session";
import { getSiteSettings } from "@/lib/content/articles";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { previewForStaff } from "@/lib/services/articles/preview";
import { ServiceError } from "@/lib/services/errors";

export const metadata = { title: "预览" };

export default async function PreviewPage({ params }: PageProps<"/admin/articles/[id]/preview">) {
  const { id: rawId } = await params;
  const user = await requireUser(`/admin/articles/${rawId}/preview`);
  if (!/^[1-9]\d{0,15}$/.test(rawId)) notFound();
  const db = await getDb();
  const article = await previewForStaff(db, user, Number(rawId)).catch((error: unknown) => {
    if (error instanceof ServiceError) notFound();
    throw error;
  });
  const status = await db.article.findUniqueOrThrow({ where: { id: article.id }, select: { status: true } });
  const settings = await getSiteSettings();
  return (
    <main>
      <p className="mb-4 rounded bg-amber-100 px-3 py-2 text-sm text-amber-900">
        预览({STATUS_LABELS[status.status]}):读者看到的页面将与此相同。{" "}
        <Link className="underline" href={`/admin/articles/${article.id}`}>
          返回编辑
        </Link>
      </p>
      <div className="bg-white dark:bg-neutral-950">
        <ArticlePage article={article} timeZone={env.timeZone} bylineStyle={settings.bylineStyle} />
      </div>
    </main>
  );
}
