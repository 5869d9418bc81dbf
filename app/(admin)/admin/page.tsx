import Link from "next/link";
import { ArticleTable } from "@/components/admin/article-table";
import { ReadershipPanel } from "@/components/admin/readership-panel";
import { ReviewQueues } from "@/components/admin/review/review-queues";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { currentMessages } from "@/lib/i18n/server";
import { dashboardFor } from "@/lib/services/articles/admin-queries";
import { dashboardReadership, parsePeriod } from "@/lib/services/views/readership";

export async function generateMetadata() {
  return { title: (await currentMessages({ fresh: true })).admin.dashboard.title };
}

export default async function Dashboard({ searchParams }: PageProps<"/admin">) {
  const user = await requireUser("/admin");
  const days = parsePeriod((await searchParams).days);
  const [{ myDrafts, inReview, scheduled }, readership] = await Promise.all([
    dashboardFor(await getDb(), user),
    dashboardReadership(await getDb(), user, days, new Date(), env.timeZone),
  ]);
  const messages = await currentMessages({ fresh: true });
  const m = messages.admin.dashboard;
  return (
    <main className="space-y-10">
      <div className="flex items-center justify-between">
        <h1 className="text-2xl font-bold">{m.title}</h1>
        <Link href="/admin/articles/new" className="rounded bg-brand px-4 py-2 text-white hover:bg-red-800">
          {m.newArticle}
        </Link>
      </div>
      <section aria-labelledby="my-drafts">
        <h2 id="my-drafts" className="mb-2 text-lg font-bold">
          {m.myDrafts}
        </h2>
        <ArticleTable articles={myDrafts} timeZone={env.timeZone} empty={m.noDrafts} />
      </section>
      <ReviewQueues user={user} />
      <section aria-labelledby="in-review">
        <h2 id="in-review" className="mb-2 text-lg font-bold">
          {m.inReview}
        </h2>
        <ArticleTable articles={inReview} timeZone={env.timeZone} empty={m.noneInReview} />
      </section>
      <section aria-labelledby="scheduled">
        <h2 id="scheduled" className="mb-2 text-lg font-bold">
          {m.scheduled}
        </h2>
        <ArticleTable articles={scheduled} timeZone={env.timeZone} empty={m.noneScheduled} />
      </section>
      <ReadershipPanel stats={readership} days={days} m={messages.views.admin} />
    </main>
  );
}
