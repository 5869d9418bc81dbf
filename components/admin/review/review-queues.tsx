import { fill } from "@/lib/i18n/fill";
import { ArticleTable } from "@/components/admin/article-table";
import type { Actor } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { currentMessages } from "@/lib/i18n/server";
import { reviewQueues } from "@/lib/services/review/review-queries";

/** The dashboard's queue per review stage: articles whose next stage it is. Nothing when review is off. */
export async function ReviewQueues({ user }: { user: Actor }) {
  const [queues, messages] = await Promise.all([reviewQueues(await getDb(), user), currentMessages({ fresh: true })]);
  const m = messages.review.queue;
  return queues.map(({ stage, articles }) => (
    <section key={stage.id} aria-labelledby={`review-queue-${stage.id}`} data-testid="review-queue">
      <h2 id={`review-queue-${stage.id}`} className="mb-2 text-lg font-bold">
        {fill(m.heading, { stage: stage.name })}
      </h2>
      <ArticleTable articles={articles} timeZone={env.timeZone} empty={m.empty} />
    </section>
  ));
}
