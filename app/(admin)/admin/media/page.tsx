import Link from "next/link";
import { MediaThumb, mediaName } from "@/components/admin/media-picker/media-thumb";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { formatBytes } from "@/lib/media/types";
import { currentMessages } from "@/lib/i18n/server";
import { searchMedia } from "@/lib/services/media/media-queries";
import { mediaSearchSchema } from "@/lib/validations/media";
import { LibraryUploader } from "./library-uploader";
import { lookup } from "@/lib/validations/lookup";
import { fill } from "@/lib/i18n/fill";
import { formatLocalDateTime } from "@/lib/newsroom/time";

export async function generateMetadata() {
  return { title: (await currentMessages({ fresh: true })).admin.media.title };
}

export default async function MediaLibraryPage({ searchParams }: PageProps<"/admin/media">) {
  const user = await requireUser("/admin/media");
  const query = await searchParams;
  const search = mediaSearchSchema.catch({ q: "", page: 1 }).parse(query);
  const [result, messages] = await Promise.all([
    searchMedia(await getDb(), user, search),
    currentMessages({ fresh: true }),
  ]);
  const m = messages.admin.media;
  const common = messages.admin.common;
  const pageLink = (page: number) => `/admin/media?${new URLSearchParams({ q: result.q, page: String(page) })}`;

  return (
    <main className="space-y-6">
      <h1 className="text-2xl font-bold">{m.title}</h1>
      {lookup(m.notices, query.notice) && (
        <p role="status" className="rounded border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-800">
          {lookup(m.notices, query.notice)}
        </p>
      )}
      <section className="max-w-xl rounded border border-neutral-200 bg-white p-4 dark:border-neutral-800 dark:bg-neutral-900">
        <LibraryUploader maxBytes={env.mediaMaxBytes} />
      </section>
      <form method="get" action="/admin/media" className="flex max-w-xl items-end gap-2" role="search">
        <label className="flex-1 text-sm font-medium">
          {m.search}
          <input
            type="search"
            name="q"
            defaultValue={result.q}
            placeholder={m.searchPlaceholder}
            className="mt-1 block w-full rounded border border-neutral-300 px-3 py-2 dark:border-neutral-700 dark:bg-neutral-900"
          />
        </label>
        <button type="submit" className="rounded border border-neutral-400 px-4 py-2 hover:bg-neutral-100">
          {m.search}
        </button>
      </form>
      <p className="text-sm text-neutral-500">
        {fill(result.q ? m.foundFor : m.total, { q: result.q, n: result.total })}
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
              <span className="mt-2 block truncate font-medium">
                {mediaName(item, messages.admin.ui.common.imageName)}
              </span>
            </Link>
            <span className="block truncate text-neutral-600 dark:text-neutral-400">
              {item.alt || <span className="text-amber-700 dark:text-amber-400">{m.missingAlt}</span>}
            </span>
            <span className="block text-xs text-neutral-500">
              {item.width}×{item.height} · {formatBytes(item.bytes)}
              {item.credit ? fill(m.credit, { credit: item.credit }) : ""}
            </span>
            <span className="block text-xs text-neutral-500">
              {item.uploader ?? "—"} · {formatLocalDateTime(new Date(item.createdAt), env.timeZone)}
            </span>
          </li>
        ))}
      </ul>
      {result.pages > 1 && (
        <nav aria-label={common.pagination} className="flex items-center gap-3 text-sm">
          {result.page > 1 && <Link href={pageLink(result.page - 1)}>{common.previousPage}</Link>}
          <span>{fill(common.page, { page: result.page, pages: result.pages })}</span>
          {result.page < result.pages && <Link href={pageLink(result.page + 1)}>{common.nextPage}</Link>}
        </nav>
      )}
    </main>
  );
}
