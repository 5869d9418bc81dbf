import Link from "next/link";
import { notFound } from "next/navigation";
import { ViewsChart } from "@/components/admin/views-chart";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { fill } from "@/lib/i18n/fill";
import { currentMessages } from "@/lib/i18n/server";
import { formatLocalDateTime } from "@/lib/newsroom/time";
import { ServiceError } from "@/lib/services/errors";
import { articleReadership } from "@/lib/services/views/readership";
import { parseId } from "@/lib/validations/ids";

export async function generateMetadata() {
  return { title: (await currentMessages({ fresh: true })).views.admin.title };
}

/** 阅读数 of one article: views per day since its first publication, and per hour in its first 48. */
export default async function ArticleStatsPage({ params }: PageProps<"/admin/articles/[id]/stats">) {
  const { id: rawId } = await params;
  const user = await requireUser(`/admin/articles/${rawId}/stats`);
  const id = parseId(rawId);
  if (id === null) notFound();
  const stats = await articleReadership(await getDb(), user, id, new Date(), env.timeZone).catch((error: unknown) => {
    if (error instanceof ServiceError) notFound();
    throw error;
  });
  const m = (await currentMessages({ fresh: true })).views.admin;
  const labels = { table: m.table, views: m.colViews };
  const sum = (bars: Array<{ views: number }>) => bars.reduce((total, bar) => total + bar.views, 0);
  const first = stats.firstPublishedAt;
  return (
    <main className="space-y-8">
      <div className="space-y-1">
        <Link href={`/admin/articles/${stats.id}`} className="text-sm text-brand underline">
          {m.back}
        </Link>
        <h1 className="text-2xl font-bold">{fill(m.articleTitle, { title: stats.title })}</h1>
        <p data-testid="views-total">{fill(m.total, { n: stats.total })}</p>
        <p className="text-sm text-neutral-600 dark:text-neutral-400">{m.lag}</p>
      </div>
      {first ? (
        <>
          <ViewsChart
            id="views-hours"
            title={m.firstHours}
            description={fill(m.firstHoursDesc, {
              from: formatLocalDateTime(first, env.timeZone),
              n: sum(stats.firstHours),
            })}
            bars={stats.firstHours.map((hour) => ({
              label: formatLocalDateTime(new Date(hour.hour), env.timeZone),
              views: hour.views,
            }))}
            labels={{ ...labels, when: m.colHour }}
          />
          <ViewsChart
            id="views-days"
            title={m.perDay}
            description={fill(m.perDayDesc, {
              from: stats.days[0]?.day ?? "",
              to: stats.days.at(-1)?.day ?? "",
              n: sum(stats.days),
            })}
            bars={stats.days.map((day) => ({ label: day.day, views: day.views }))}
            labels={{ ...labels, when: m.colDay }}
          />
        </>
      ) : (
        <p>{m.notPublished}</p>
      )}
    </main>
  );
}
