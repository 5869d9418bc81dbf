import Link from "next/link";
import { ArticleTable } from "@/components/admin/article-table";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { dashboardFor } from "@/lib/services/articles/admin-queries";

export const metadata = { title: "工作台" };

export default async function Dashboard() {
  const user = await requireUser("/admin");
  const { myDrafts, inReview, scheduled } = await dashboardFor(await getDb(), user);
  return (
    <main className="space-y-10">
      <div className="flex items-center justify-between">
        <h1 className="text-2xl font-bold">工作台</h1>
        <Link href="/admin/articles/new" className="rounded bg-brand px-4 py-2 text-white hover:bg-red-800">
          写新文章
        </Link>
      </div>
      <section aria-labelledby="my-drafts">
        <h2 id="my-drafts" className="mb-2 text-lg font-bold">
          我的草稿
        </h2>
        <ArticleTable articles={myDrafts} timeZone={env.timeZone} empty="没有草稿。" />
      </section>
      <section aria-labelledby="in-review">
        <h2 id="in-review" className="mb-2 text-lg font-bold">
          待审稿件
        </h2>
        <ArticleTable articles={inReview} timeZone={env.timeZone} empty="没有等待审核的稿件。" />
      </section>
      <section aria-labelledby="scheduled">
        <h2 id="scheduled" className="mb-2 text-lg font-bold">
          定时发布
        </h2>
        <ArticleTable articles={scheduled} timeZone={env.timeZone} empty="没有定时发布的稿件。" />
      </section>
    </main>
  );
}
