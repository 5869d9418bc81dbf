import Link from "next/link";
import { TagRow } from "./tag-forms";
import { requirePermission } from "@/lib/auth/require-permission";
import { tagPath } from "@/lib/content/article-view";
import { getDb } from "@/lib/db";
import { listTagsWithCounts } from "@/lib/services/admin-lists";

export const metadata = { title: "标签" };

export default async function TagsPage() {
  await requirePermission("/admin/tags", "tags.manage");
  const tags = await listTagsWithCounts(await getDb());
  return (
    <main className="space-y-4">
      <h1 className="text-2xl font-bold">标签</h1>
      <p className="text-sm text-neutral-500">标签在编辑文章时添加;这里可以改名或删除。</p>
      <ul className="space-y-2">
        {tags.map((tag) => (
          <li key={tag.id} className="flex flex-wrap items-center gap-3">
            <TagRow id={tag.id} name={tag.name} />
            <span className="text-sm text-neutral-500">{tag._count.articles} 篇</span>
            <Link href={tagPath(tag.slug)} className="text-sm underline">
              查看
            </Link>
          </li>
        ))}
      </ul>
    </main>
  );
}
