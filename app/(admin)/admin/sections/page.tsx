import Link from "next/link";
import { DeleteSectionButton, SectionForm } from "./section-forms";
import { requirePermission } from "@/lib/auth/require-permission";
import { sectionPath } from "@/lib/content/article-view";
import { getDb } from "@/lib/db";
import { listSectionsWithCounts } from "@/lib/services/admin-lists";

export const metadata = { title: "栏目" };

export default async function SectionsPage() {
  await requirePermission("/admin/sections", "sections.manage");
  const sections = await listSectionsWithCounts(await getDb());
  return (
    <main className="space-y-6">
      <h1 className="text-2xl font-bold">栏目</h1>
      <ul className="space-y-3">
        {sections.map((section) => (
          <li key={section.id} className="flex flex-wrap items-center gap-3">
            <SectionForm
              section={{
                id: section.id,
                slug: section.slug,
                name: section.name,
                description: section.description ?? "",
                position: section.position,
              }}
            />
            <span className="text-sm text-neutral-500">{section._count.articles} 篇</span>
            <Link href={sectionPath(section.slug)} className="text-sm underline">
              查看
            </Link>
            <DeleteSectionButton id={section.id} />
          </li>
        ))}
      </ul>
      <section>
        <h2 className="mb-2 font-bold">添加栏目</h2>
        <SectionForm section={{ slug: "", name: "", description: "", position: 0 }} />
      </section>
    </main>
  );
}
