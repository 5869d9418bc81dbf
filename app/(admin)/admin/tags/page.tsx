import Link from "next/link";
import { TagRow } from "./tag-forms";
import { requirePermission } from "@/lib/auth/require-permission";
import { tagPath } from "@/lib/content/article-view";
import { getDb } from "@/lib/db";
import { currentMessages } from "@/lib/i18n/server";
import { listTagsWithCounts } from "@/lib/services/admin-lists";
import { fill } from "@/lib/i18n/fill";

export async function generateMetadata() {
  return { title: (await currentMessages({ fresh: true })).admin.tags.title };
}

export default async function TagsPage() {
  await requirePermission("/admin/tags", "tags.manage");
  const [tags, messages] = await Promise.all([listTagsWithCounts(await getDb()), currentMessages({ fresh: true })]);
  const m = messages.admin.tags;
  return (
    <main className="space-y-4">
      <h1 className="text-2xl font-bold">{m.title}</h1>
      <p className="text-sm text-neutral-500">{m.intro}</p>
      <ul className="space-y-2">
        {tags.map((tag) => (
          <li key={tag.id} className="flex flex-wrap items-center gap-3">
            <TagRow id={tag.id} name={tag.name} />
            <span className="text-sm text-neutral-500">{fill(m.count, { n: tag._count.articles })}</span>
            <Link href={tagPath(tag.slug)} className="text-sm underline">
              {m.view}
            </Link>
          </li>
        ))}
      </ul>
    </main>
  );
}
