import Link from "next/link";
import { TopicForm } from "./topic-form";
import { requirePermission } from "@/lib/auth/require-permission";
import { topicPath } from "@/lib/content/topic-queries";
import { getDb } from "@/lib/db";
import { fill } from "@/lib/i18n/fill";
import { currentMessages } from "@/lib/i18n/server";
import { listTopicsForAdmin } from "@/lib/services/topics/topic-admin-queries";

export async function generateMetadata() {
  return { title: (await currentMessages({ fresh: true })).topics.admin.title };
}

export default async function TopicsPage() {
  await requirePermission("/admin/topics", "topics.manage");
  const [topics, messages] = await Promise.all([listTopicsForAdmin(await getDb()), currentMessages({ fresh: true })]);
  const m = messages.topics.admin;
  return (
    <main className="space-y-6">
      <h1 className="text-2xl font-bold">{m.title}</h1>
      {topics.length === 0 ? (
        <p className="text-sm text-neutral-500">{m.empty}</p>
      ) : (
        <ul className="space-y-2">
          {topics.map((topic) => (
            <li key={topic.id} className="flex flex-wrap items-center gap-3">
              <Link href={`/admin/topics/${topic.id}`} className="font-medium underline">
                {topic.title}
              </Link>
              <span className="text-sm text-neutral-500">{fill(m.count, { n: topic._count.articles })}</span>
              <Link href={topicPath(topic.slug)} className="text-sm underline">
                {m.view}
              </Link>
            </li>
          ))}
        </ul>
      )}
      <section className="max-w-xl">
        <h2 className="mb-2 font-bold">{m.add}</h2>
        <TopicForm labels={m} topic={{ slug: "", title: "", description: "", coverId: "" }} />
      </section>
    </main>
  );
}
