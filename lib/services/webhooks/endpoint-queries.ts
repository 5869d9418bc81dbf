// What the webhook screens show: the endpoints, and one endpoint's recent deliveries with every attempt.
import type { ServiceContext } from "@/lib/services/context";
import { mayManageWebhooks } from "@/lib/services/webhooks/manage-endpoints";

const RECENT_DELIVERIES = 100;

/** What both screens show of an endpoint. */
const ENDPOINT = {
  id: true,
  url: true,
  description: true,
  events: true,
  enabled: true,
  pausedAt: true,
  pauseReason: true,
} as const;

export async function listEndpoints(ctx: Pick<ServiceContext, "db" | "actor">) {
  mayManageWebhooks(ctx);
  return ctx.db.webhookEndpoint.findMany({
    orderBy: { id: "asc" },
    select: ENDPOINT,
  });
}

/** One endpoint with its latest deliveries, newest first, each with its attempts in order; null if none. */
export async function endpointWithDeliveries(ctx: Pick<ServiceContext, "db" | "actor">, id: number) {
  mayManageWebhooks(ctx);
  return ctx.db.webhookEndpoint.findUnique({
    where: { id },
    select: {
      ...ENDPOINT,
      consecutiveFailures: true,
      failingSince: true,
      deliveries: {
        orderBy: { createdAt: "desc" },
        take: RECENT_DELIVERIES,
        select: {
          id: true,
          eventId: true,
          eventType: true,
          status: true,
          createdAt: true,
          deliveredAt: true,
          attempts: { orderBy: { attemptedAt: "asc" } },
        },
      },
    },
  });
}
