import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/admin/action-form";
import { mediaName } from "@/components/admin/media-picker/media-thumb";
import { StatusBadge } from "@/components/admin/status-badge";
import { ResponsiveImage } from "@/components/site/responsive-image";
import { deleteMediaAction } from "@/lib/actions/media/delete-media";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { formatBytes } from "@/lib/media/types";
import { formatLocalDateTime } from "@/lib/newsroom/time";
import { ServiceError } from "@/lib/services/errors";
import { getMediaWithUsage } from "@/lib/services/media/media-queries";
import { MediaForm } from "./media-form";

export const metadata = { title: "图片" };

const NOTICES: Record<string, string> = { uploaded: "上传成功。请填写替代文字、图片说明和摄影,然后保存。" };

export default async function MediaPage({ params, searchParams }: PageProps<"/admin/media/[id]">) {
  const { id: rawId } = await params;
  const user = await requireUser(`/admin/media/${rawId}`);
  if (!/^[1-9]\d{0,15}$/.test(rawId)) notFound();
  const { item, usage } = await getMediaWithUsage(await getDb(), user, Number(rawId)).catch((error: unknown) => {
    if (error instanceof ServiceError) notFound();
    throw error;
  });
  const { notice } = await searchParams;

  return (
    <main className="grid gap-8 lg:grid-cols-[1fr_24rem]">
      <div className="space-y-4">
        <Link href="/admin/media" className="text-sm text-brand underline">
          ← 图片库
        </Link>
        <h1 className="text-2xl font-bold break-all">{mediaName(item)}</h1>
        {typeof notice === "string" && NOTICES[notice] && (
          <p role="status" className="rounded border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-800">
            {NOTICES[notice]}
          </p>
        )}
        <ResponsiveImage
          image={item.image}
          sizes="(min-width: 64rem) 40rem, 100vw"
          priority
          className="h-auto max-h-[70vh] w-auto max-w-full rounded bg-neutral-100 dark:bg-neutral-800"
        />
        <p className="text-sm text-neutral-600 dark:text-neutral-400">
          原图 {item.width}×{item.height} · {formatBytes(item.bytes)} · {item.mimeType} · 由 {item.uploader ?? "—"}{" "}
          上传于 {formatLocalDateTime(new Date(item.createdAt), env.timeZone)} ·{" "}
          <a href={item.url} className="underline">
            查看原图
          </a>
        </p>
        <p className="text-sm text-neutral-600 dark:text-neutral-400">
          尺寸:{item.image.candidates.map((candidate) => `${candidate.width}px`).join("、")}
        </p>
      </div>
      <aside className="space-y-6 text-sm">
        <section className="space-y-2">
          <h2 className="font-bold">图片信息</h2>
          <MediaForm item={item} />
        </section>
        <section className="space-y-2">
          <h2 className="font-bold">使用这张图片的文章</h2>
          {usage.length === 0 ? (
            <p className="text-neutral-500">还没有文章使用这张图片。</p>
          ) : (
            <ul className="space-y-1">
              {usage.map((article) => (
                <li key={article.id} className="flex flex-wrap items-center gap-2">
                  <Link href={`/admin/articles/${article.id}`} className="underline">
                    {article.title}
                  </Link>
                  <StatusBadge status={article.status} />
                  {article.coverMediaId === item.id && <span className="text-neutral-500">封面</span>}
                  {article.deletedAt && <span className="text-red-700">在回收站中</span>}
                </li>
              ))}
            </ul>
          )}
        </section>
        {item.editable && (
          <section className="space-y-2">
            <h2 className="font-bold">删除</h2>
            <ActionForm
              action={deleteMediaAction}
              fields={{ id: item.id }}
              label="删除这张图片"
              tone="danger"
              confirm="确定要删除这张图片吗?删除后无法恢复。"
            />
          </section>
        )}
      </aside>
    </main>
  );
}
