import Link from "next/link";
import { DeleteSectionButton, SectionForm } from "./section-forms";
import { requirePermission } from "@/lib/auth/require-permission";
import { sectionPath } from "@/lib/content/article-view";
import { getDb } from "@/lib/db";
import { currentMessages } from "@/lib/i18n/server";
import { listSectionsWithCounts } from "@/lib/services/admin-lists";
import { fill } from "@/lib/i18n/fill";

export async function generateMetadata() {
  return { title: (await currentMessages({ fresh: true })).admin.sections.title };
}

export default async function SectionsPage() {
  await requirePermission("/admin/sections", "sections.manage");
  const [sections, messages] = await Promise.all([
    listSectionsWithCounts(await getDb()),
    currentMessages({ fresh: true }),
  ]);
  const m = messages.admin.sections;
  return (
    <main className="space-y-6">
      <h1 className="text-2xl font-bold">{m.title}</h1>
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
            <span className="text-sm text-neutral-500">{fill(m.count, { n: section._count.articles })}</span>
            <Link href={sectionPath(section.slug)} className="text-sm underline">
              {m.view}
            </Link>
            <DeleteSectionButton id={section.id} />
          </li>
        ))}
      </ul>
      <section>
        <h2 className="mb-2 font-bold">{m.add}</h2>
        <SectionForm section={{ slug: "", name: "", description: "", position: 0 }} />
      </section>
    </main>
  );
}
