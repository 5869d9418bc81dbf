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
import { currentMessages } from "@/lib/i18n/server";
import { ServiceError } from "@/lib/services/errors";
import { getMediaWithUsage } from "@/lib/services/media/media-queries";
import { MediaForm } from "./media-form";
import { lookup } from "@/lib/validations/lookup";
import { parseId } from "@/lib/validations/ids";
import { fill } from "@/lib/i18n/fill";
import { formatLocalDateTime } from "@/lib/newsroom/time";

export async function generateMetadata() {
  return { title: (await currentMessages({ fresh: true })).admin.media.itemTitle };
}

export default async function MediaPage({ params, searchParams }: PageProps<"/admin/media/[id]">) {
  const { id: rawId } = await params;
  const user = await requireUser(`/admin/media/${rawId}`);
  const id = parseId(rawId);
  if (id === null) notFound();
  const { item, usage } = await getMediaWithUsage(await getDb(), user, id).catch((error: unknown) => {
    if (error instanceof ServiceError) notFound();
    throw error;
  });
  const { notice } = await searchParams;
  const messages = await currentMessages({ fresh: true });
  const m = messages.admin.media;

  return (
    <main className="grid gap-8 lg:grid-cols-[1fr_24rem]">
      <div className="space-y-4">
        <Link href="/admin/media" className="text-sm text-brand underline">
          {m.back}
        </Link>
        <h1 className="text-2xl font-bold break-all">{mediaName(item, messages.admin.ui.common.imageName)}</h1>
        {lookup(m.notices, notice) && (
          <p role="status" className="rounded border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-800">
            {lookup(m.notices, notice)}
          </p>
        )}
        <ResponsiveImage
          image={item.image}
          sizes="(min-width: 64rem) 40rem, 100vw"
          priority
          className="h-auto max-h-[70vh] w-auto max-w-full rounded bg-neutral-100 dark:bg-neutral-800"
        />
        <p className="text-sm text-neutral-600 dark:text-neutral-400">
          {fill(m.original, {
            size: `${item.width}×${item.height} · ${formatBytes(item.bytes)} · ${item.mimeType}`,
            uploader: item.uploader ?? "—",
            time: formatLocalDateTime(new Date(item.createdAt), env.timeZone),
          })}
          <a href={item.url} className="underline">
            {m.viewOriginal}
          </a>
        </p>
        <p className="text-sm text-neutral-600 dark:text-neutral-400">
          {fill(m.sizes, {
            sizes: item.image.candidates.map((candidate) => `${candidate.width}px`).join(m.sizeSeparator),
          })}
        </p>
      </div>
      <aside className="space-y-6 text-sm">
        <section className="space-y-2">
          <h2 className="font-bold">{m.info}</h2>
          <MediaForm item={item} />
        </section>
        <section className="space-y-2">
          <h2 className="font-bold">{m.usage}</h2>
          {usage.length === 0 ? (
            <p className="text-neutral-500">{m.unused}</p>
          ) : (
            <ul className="space-y-1">
              {usage.map((article) => (
                <li key={article.id} className="flex flex-wrap items-center gap-2">
                  <Link href={`/admin/articles/${article.id}`} className="underline">
                    {article.title}
                  </Link>
                  <StatusBadge status={article.status} />
                  {article.coverMediaId === item.id && <span className="text-neutral-500">{m.cover}</span>}
                  {article.deletedAt && <span className="text-red-700">{messages.admin.common.inTrash}</span>}
                </li>
              ))}
            </ul>
          )}
        </section>
        {item.editable && (
          <section className="space-y-2">
            <h2 className="font-bold">{m.delete}</h2>
            <ActionForm
              action={deleteMediaAction}
              fields={{ id: item.id }}
              label={m.deleteImage}
              tone="danger"
              confirm={m.confirmDelete}
            />
          </section>
        )}
      </aside>
    </main>
  );
}
