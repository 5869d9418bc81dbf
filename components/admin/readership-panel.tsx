import Link from "next/link";
import { ViewsChart } from "@/components/admin/views-chart";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages/zh-CN";
import { PERIOD_CHOICES, type DashboardReadership, type TopGroup } from "@/lib/services/views/readership";

interface Props {
  stats: DashboardReadership;
  days: number;
  m: Messages["views"]["admin"];
}

const cell = "px-3 py-1";

function GroupTable({
  id,
  caption,
  rows,
  m,
  fallback,
}: {
  id: string;
  caption: string;
  rows: TopGroup[];
  m: Props["m"];
  fallback: string;
}) {
  return (
    <table className="w-full border-collapse bg-white text-left text-sm dark:bg-neutral-900" data-testid={id}>
      <caption className="mb-1 text-left font-bold">{caption}</caption>
      <thead>
        <tr className="border-b border-neutral-200 dark:border-neutral-800">
          <th className={cell}>{m.colName}</th>
          <th className={`${cell} text-right`}>{m.colViews}</th>
          <th className={cell}>{m.topArticles}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id ?? "none"} className="border-b border-neutral-100 dark:border-neutral-800">
            <td className={cell}>{row.name ?? fallback}</td>
            <td className={`${cell} text-right tabular-nums`}>{row.views}</td>
            <td className={cell}>
              <Link href={`/admin/articles/${row.topArticleId}/stats`} className="hover:text-brand">
                {row.topArticleTitle}
              </Link>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The dashboard's 阅读数: views per day over the chosen period, and what was read most in it. */
export function ReadershipPanel({ stats, days, m }: Props) {
  const total = stats.days.reduce((sum, day) => sum + day.views, 0);
  return (
    <section aria-labelledby="readership" className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h2 id="readership" className="text-lg font-bold">
          {m.title}
        </h2>
        {/* A plain GET form: choosing a period needs no script. */}
        <form method="get" className="flex items-end gap-2 text-sm">
          <label className="flex flex-col">
            <span>{m.period}</span>
            <select
              name="days"
              defaultValue={String(days)}
              className="rounded border border-neutral-300 px-2 py-1 dark:border-neutral-700 dark:bg-neutral-900"
            >
              {PERIOD_CHOICES.map((n) => (
                <option key={n} value={n}>
                  {fill(m.periodDays, { n })}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="rounded border border-neutral-300 px-3 py-1 dark:border-neutral-700">
            {m.show}
          </button>
        </form>
      </div>
      <ViewsChart
        id="dashboard-views-days"
        title={stats.wholeSite ? m.siteDays : m.ownDays}
        description={fill(m.perDayDesc, { from: stats.days[0]?.day ?? "", to: stats.days.at(-1)?.day ?? "", n: total })}
        bars={stats.days.map((day) => ({ label: day.day, views: day.views }))}
        labels={{ table: m.table, when: m.colDay, views: m.colViews }}
      />
      {stats.top.length === 0 ? (
        <p className="text-neutral-600 dark:text-neutral-400">{m.noViews}</p>
      ) : (
        <div className="grid gap-6 lg:grid-cols-3">
          <table
            className="w-full border-collapse bg-white text-left text-sm dark:bg-neutral-900"
            data-testid="top-articles"
          >
            <caption className="mb-1 text-left font-bold">{m.topArticles}</caption>
            <thead>
              <tr className="border-b border-neutral-200 dark:border-neutral-800">
                <th className={cell}>{m.colArticle}</th>
                <th className={`${cell} text-right`}>{m.colViews}</th>
              </tr>
            </thead>
            <tbody>
              {stats.top.map((row) => (
                <tr key={row.id} className="border-b border-neutral-100 dark:border-neutral-800">
                  <td className={cell}>
                    <Link href={`/admin/articles/${row.id}/stats`} className="hover:text-brand">
                      {row.title}
                    </Link>
                  </td>
                  <td className={`${cell} text-right tabular-nums`}>{row.views}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <GroupTable id="top-sections" caption={m.bySection} rows={stats.bySection} m={m} fallback={m.noSection} />
          <GroupTable id="top-people" caption={m.byPerson} rows={stats.byPerson} m={m} fallback="—" />
        </div>
      )}
    </section>
  );
}
