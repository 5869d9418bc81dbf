import Link from "next/link";
import { MediaThumb, mediaName } from "@/components/admin/media-picker/media-thumb";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { formatBytes } from "@/lib/media/types";
import { formatLocalDateTime } from "@/lib/newsroom/time";
import { searchMedia } from "@/lib/services/media/media-queries";
import { mediaSearchSchema } from "@/lib/validations/media";
import { LibraryUploader } from "./library-uploader";

export const metadata = { title: "图片库" };

const NOTICES: Record<string, string> = { deleted: "图片已删除" };

export default async function MediaLibraryPage({ searchParams }: PageProps<"/admin/media">) {
  const user = await requireUser("/admin/media");
  const query = await searchParams;
  const search = mediaSearchSchema.catch({ q: "", page: 1 }).parse(query);
  const result = await searchMedia(await getDb(), user, search);
  const pageLink = (page: number) => `/admin/media?${new URLSearchParams({ q: result.q, page: String(page) })}`;

  return (
    <main className="space-y-6">
      <h1 className="text-2xl font-bold">图片库</h1>
      {typeof query.notice === "string" && NOTICES[query.notice] && (
        <p role="status" className="rounded border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-800">
          {NOTICES[query.notice]}
        </p>
      )}
      <section className="max-w-xl rounded border border-neutral-200 bg-white p-4 dark:border-neutral-800 dark:bg-neutral-900">
        <LibraryUploader maxBytes={env.mediaMaxBytes} />
      </section>
      <form method="get" action="/admin/media" className="flex max-w-xl items-end gap-2" role="search">
        <label className="flex-1 text-sm font-medium">
          搜索
          <input
            type="search"
            name="q"
            defaultValue={result.q}
            placeholder="替代文字、说明、摄影或文件名"
            className="mt-1 block w-full rounded border border-neutral-300 px-3 py-2 dark:border-neutral-700 dark:bg-neutral-900"
          />
        </label>
        <button type="submit" className="rounded border border-neutral-400 px-4 py-2 hover:bg-neutral-100">
          搜索
        </button>
      </form>
      <p className="text-sm text-neutral-500">
        {result.q ? `与“${result.q}”有关的图片 ${result.total} 张` : `共 ${result.total} 张图片`}
      </p>
      <ul className="grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-5" data-testid="media-library">
        {result.items.map((item) => (
          <li
            key={item.id}
            className="rounded border border-neutral-200 bg-white p-2 text-sm dark:border-neutral-800 dark:bg-neutral-900"
          >
            <Link href={`/admin/media/${item.id}`} className="block hover:text-brand">
              <MediaThumb
                item={item}
                className="h-32 w-full rounded bg-neutral-100 object-contain dark:bg-neutral-800"
              />
              <span className="mt-2 block truncate font-medium">{mediaName(item)}</span>
            </Link>
            <span className="block truncate text-neutral-600 dark:text-neutral-400">
              {item.alt || <span className="text-amber-700 dark:text-amber-400">缺少替代文字</span>}
            </span>
            <span className="block text-xs text-neutral-500">
              {item.width}×{item.height} · {formatBytes(item.bytes)}
              {item.credit ? ` · 摄影 ${item.credit}` : ""}
            </span>
            <span className="block text-xs text-neutral-500">
              {item.uploader ?? "—"} · {formatLocalDateTime(new Date(item.createdAt), env.timeZone)}
            </span>
          </li>
        ))}
      </ul>
      {result.pages > 1 && (
        <nav aria-label="分页" className="flex items-center gap-3 text-sm">
          {result.page > 1 && <Link href={pageLink(result.page - 1)}>上一页</Link>}
          <span>
            第 {result.page} / {result.pages} 页
          </span>
          {result.page < result.pages && <Link href={pageLink(result.page + 1)}>下一页</Link>}
        </nav>
      )}
    </main>
  );
}
