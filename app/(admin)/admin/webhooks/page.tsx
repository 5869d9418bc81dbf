import Link from "next/link";
import { CreateEndpointForm } from "./endpoint-forms";
import { requirePermission } from "@/lib/auth/require-permission";
import { getDb } from "@/lib/db";
import { currentMessages } from "@/lib/i18n/server";
import { listEndpoints } from "@/lib/services/webhooks/endpoint-queries";

export async function generateMetadata() {
  return { title: (await currentMessages({ fresh: true })).webhooks.screen.title };
}

export default async function WebhooksPage() {
  const user = await requirePermission("/admin/webhooks", "webhooks.manage");
  const [endpoints, messages] = await Promise.all([
    listEndpoints({ db: await getDb(), actor: user }),
    currentMessages({ fresh: true }),
  ]);
  const m = messages.webhooks.screen;
  const labels = { ...m, eventNames: messages.webhooks.events };
  return (
    <main className="space-y-8">
      <h1 className="text-2xl font-bold">{m.heading}</h1>
      <p className="max-w-3xl text-sm text-neutral-600 dark:text-neutral-400">{m.intro}</p>
      {endpoints.length === 0 ? (
        <p>{m.empty}</p>
      ) : (
        <table className="text-sm" aria-label={m.title}>
          <thead>
            <tr className="text-left">
              <th className="pr-4">{m.url}</th>
              <th className="pr-4">{m.description}</th>
              <th className="pr-4">{m.events}</th>
              <th className="pr-4">{m.status}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {endpoints.map((endpoint) => (
              <tr key={endpoint.id} className="align-top">
                <td className="pr-4 font-mono break-all">{endpoint.url}</td>
                <td className="pr-4">{endpoint.description}</td>
                <td className="pr-4">{endpoint.events.length}</td>
                <td className="pr-4">
                  {endpoint.pausedAt ? m.statusPaused : endpoint.enabled ? m.statusEnabled : m.statusDisabled}
                </td>
                <td>
                  <Link href={`/admin/webhooks/${endpoint.id}`} className="underline">
                    {m.open}
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <section className="space-y-2">
        <h2 className="font-bold">{m.addHeading}</h2>
        <CreateEndpointForm labels={labels} />
      </section>
    </main>
  );
}
