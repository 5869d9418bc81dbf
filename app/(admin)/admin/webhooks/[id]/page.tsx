import Link from "next/link";
import { notFound } from "next/navigation";
import { DeleteEndpointButton, EditEndpointForm, ResumeEndpointButton } from "../endpoint-forms";
import { requirePermission } from "@/lib/auth/require-permission";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { isDomainEventType } from "@/lib/events/types";
import { fill } from "@/lib/i18n/fill";
import { currentMessages } from "@/lib/i18n/server";
import { formatLocalDateTime } from "@/lib/newsroom/time";
import { endpointWithDeliveries } from "@/lib/services/webhooks/endpoint-queries";
import { parseId } from "@/lib/validations/ids";

export async function generateMetadata() {
  return { title: (await currentMessages({ fresh: true })).webhooks.screen.title };
}

export default async function WebhookEndpointPage({ params }: PageProps<"/admin/webhooks/[id]">) {
  const { id: rawId } = await params;
  const user = await requirePermission(`/admin/webhooks/${rawId}`, "webhooks.manage");
  const id = parseId(rawId);
  const endpoint = id === null ? null : await endpointWithDeliveries({ db: await getDb(), actor: user }, id);
  if (!endpoint) notFound();
  const messages = await currentMessages({ fresh: true });
  const m = messages.webhooks.screen;
  const eventNames = messages.webhooks.events;
  const time = (at: Date) => formatLocalDateTime(at, env.timeZone);
  return (
    <main className="space-y-8">
      <p className="text-sm">
        <Link href="/admin/webhooks" className="underline">
          {m.back}
        </Link>
      </p>
      <h1 className="font-mono text-xl font-bold break-all">{endpoint.url}</h1>
      {endpoint.pausedAt && (
        <div role="status" className="max-w-3xl space-y-2 rounded border border-amber-400 p-3 text-sm">
          <p>
            {fill(m.pausedBecause, {
              at: time(endpoint.pausedAt),
              since: time(endpoint.failingSince ?? endpoint.pausedAt),
              n: endpoint.consecutiveFailures,
              reason: endpoint.pauseReason ?? "",
            })}
          </p>
          <ResumeEndpointButton id={endpoint.id} label={m.resume} />
        </div>
      )}
      <section className="space-y-2">
        <h2 className="font-bold">{m.editHeading}</h2>
        <EditEndpointForm endpoint={endpoint} labels={{ ...m, eventNames }} />
      </section>
      <section className="space-y-2">
        <h2 className="font-bold">{m.deliveries}</h2>
        {endpoint.deliveries.length === 0 ? (
          <p>{m.noDeliveries}</p>
        ) : (
          <table className="text-sm" aria-label={m.deliveries}>
            <thead>
              <tr className="text-left">
                <th className="pr-4">{m.delivery}</th>
                <th className="pr-4">{m.deliveryStatus}</th>
                <th>{m.attempts}</th>
              </tr>
            </thead>
            <tbody>
              {endpoint.deliveries.map((delivery) => (
                <tr key={delivery.id} className="align-top" data-testid="webhook-delivery">
                  <td className="pr-4">
                    {isDomainEventType(delivery.eventType) ? eventNames[delivery.eventType] : delivery.eventType}
                    <br />
                    <code className="text-xs text-neutral-500">{delivery.eventId}</code>
                  </td>
                  <td className="pr-4">{m.deliveryStates[delivery.status]}</td>
                  <td>
                    <ol className="space-y-1">
                      {delivery.attempts.map((attempt) => (
                        <li key={attempt.id}>
                          {fill(m.attemptLine, {
                            at: time(attempt.attemptedAt),
                            status: attempt.statusCode ?? m.noAnswer,
                            ms: attempt.durationMs,
                          })}
                          {attempt.error && (
                            <span className="block text-red-700 dark:text-red-400">{attempt.error}</span>
                          )}
                        </li>
                      ))}
                    </ol>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <DeleteEndpointButton id={endpoint.id} label={m.delete} confirm={m.confirmDelete} />
    </main>
  );
}
