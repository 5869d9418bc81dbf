import { RetryJobButton } from "./retry-job-button";
import { requirePermission } from "@/lib/auth/require-permission";
import { env } from "@/lib/env";
import { currentMessages } from "@/lib/i18n/server";
import { formatLocalDateTime } from "@/lib/newsroom/time";
import { failedJobs, queueDepths } from "@/lib/services/jobs/job-admin";

export async function generateMetadata() {
  return { title: (await currentMessages({ fresh: true })).jobs.screen.title };
}

export default async function JobsPage() {
  const user = await requirePermission("/admin/jobs", "jobs.manage");
  const [depths, failed, messages] = await Promise.all([
    queueDepths({ actor: user }),
    failedJobs({ actor: user }),
    currentMessages({ fresh: true }),
  ]);
  const m = messages.jobs.screen;
  return (
    <main className="space-y-8">
      <h1 className="text-2xl font-bold">{m.heading}</h1>
      <p className="max-w-3xl text-sm text-neutral-600 dark:text-neutral-400">{m.intro}</p>
      <section className="space-y-2">
        <h2 className="font-bold">{m.queues}</h2>
        <table className="text-sm" aria-label={m.queues}>
          <thead>
            <tr className="text-left">
              <th className="pr-6">{m.name}</th>
              <th className="pr-6">{m.waiting}</th>
              <th className="pr-6">{m.active}</th>
              <th className="pr-6">{m.failed}</th>
              <th>{m.completed}</th>
            </tr>
          </thead>
          <tbody>
            {depths.map((queue) => (
              <tr key={queue.name}>
                <td className="pr-6 font-mono">{queue.name}</td>
                <td className="pr-6">{queue.waiting}</td>
                <td className="pr-6">{queue.active}</td>
                <td className="pr-6">{queue.failed}</td>
                <td>{queue.completed}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section className="space-y-2">
        <h2 className="font-bold">{m.failedHeading}</h2>
        {failed.length === 0 ? (
          <p>{m.noFailed}</p>
        ) : (
          <table className="text-sm" aria-label={m.failedHeading}>
            <thead>
              <tr className="text-left">
                <th className="pr-4">{m.name}</th>
                <th className="pr-4">{m.failedAt}</th>
                <th className="pr-4">{m.attempts}</th>
                <th className="pr-4">{m.lastError}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {failed.map((job) => (
                <tr key={job.id} className="align-top">
                  <td className="pr-4 font-mono">{job.name}</td>
                  <td className="pr-4 whitespace-nowrap">
                    {job.failedAt ? formatLocalDateTime(job.failedAt, env.timeZone) : ""}
                  </td>
                  <td className="pr-4">{job.attempts}</td>
                  <td className="max-w-xl pr-4 break-words">{job.lastError}</td>
                  <td>
                    <RetryJobButton name={job.name} id={job.id} label={m.retry} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </main>
  );
}
