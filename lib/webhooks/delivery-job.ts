// Delivers one event to one endpoint, signed; every try is logged. A failed try throws, so the queue
// retries it with exponential back-off (WEBHOOK_RETRY_DELAY_SECONDS doubled 12 times: about a day).
// An endpoint that keeps failing is paused: its deliveries are held until an admin resumes it.
import { env } from "@/lib/env";
import type { DomainEventPayload } from "@/lib/events/types";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { defineJob } from "@/lib/jobs/define-job";
import { webhookBody } from "@/lib/webhooks/payload";
import { postJson, type PostResult } from "@/lib/webhooks/post";
import { signedHeaders } from "@/lib/webhooks/sign";
import { openSigningSecret } from "@/lib/webhooks/signing-secret";

export interface DeliveryData {
  deliveryId: string;
}

const DAY_MS = 86_400_000;

export class DeliveryFailed extends Error {}

/** Records a try's outcome on the endpoint; returns the pause reason when it pauses it now. */
async function countOnEndpoint(db: PrismaClient, endpointId: number, result: PostResult, now: Date) {
  if (result.error === null) {
    await db.webhookEndpoint.update({
      where: { id: endpointId },
      data: { consecutiveFailures: 0, failingSince: null },
    });
    return null;
  }
  const endpoint = await db.webhookEndpoint.update({
    where: { id: endpointId },
    data: { consecutiveFailures: { increment: 1 } },
  });
  const since = endpoint.failingSince ?? now;
  if (!endpoint.failingSince)
    await db.webhookEndpoint.update({ where: { id: endpointId }, data: { failingSince: now } });
  const tooMany = endpoint.consecutiveFailures >= env.webhooks.pauseAfterFailures;
  const tooLong = now.getTime() - since.getTime() >= DAY_MS;
  if (!tooMany && !tooLong) return null;
  // The last error as the receiver gave it; the admin page words the rest (failures in a row, since when).
  const reason = result.error;
  // Only the first try to see it pauses it (and so holds the deliveries).
  const { count } = await db.webhookEndpoint.updateMany({
    where: { id: endpointId, pausedAt: null },
    data: { pausedAt: now, pauseReason: reason },
  });
  return count === 1 ? reason : null;
}

export async function deliver(db: PrismaClient, data: DeliveryData, lastAttempt: boolean): Promise<void> {
  const delivery = await db.webhookDelivery.findUnique({ where: { id: data.deliveryId }, include: { endpoint: true } });
  // Removed meanwhile (the endpoint deleted), or already through: nothing to do.
  if (!delivery || delivery.status === "DELIVERED") return;
  const { endpoint } = delivery;
  if (!endpoint.enabled) {
    await db.webhookDelivery.update({ where: { id: delivery.id }, data: { status: "HELD" } });
    return;
  }
  if (endpoint.pausedAt) {
    await db.webhookDelivery.update({ where: { id: delivery.id }, data: { status: "HELD" } });
    return;
  }
  const event = await db.domainEvent.findUnique({ where: { id: delivery.eventId } });
  if (!event) return;

  const secret = openSigningSecret(endpoint.secretSealed);
  const body = webhookBody({ ...event, payload: event.payload as unknown as DomainEventPayload });
  const now = new Date();
  const result: PostResult = secret
    ? await postJson(endpoint.url, body, signedHeaders(secret, event.id, now, body), {
        timeoutMs: env.webhooks.timeoutMs,
        allowPrivateHosts: env.webhooks.allowPrivateHosts,
      })
    : {
        statusCode: null,
        durationMs: 0,
        error: "the signing secret cannot be read (AUTH_SECRET changed): make a new one",
      };

  await db.webhookAttempt.create({
    data: {
      deliveryId: delivery.id,
      attemptedAt: now,
      statusCode: result.statusCode,
      durationMs: result.durationMs,
      error: result.error,
    },
  });
  const paused = await countOnEndpoint(db, endpoint.id, result, now);
  if (result.error === null) {
    await db.webhookDelivery.update({ where: { id: delivery.id }, data: { status: "DELIVERED", deliveredAt: now } });
    return;
  }
  if (paused || (await db.webhookEndpoint.findUnique({ where: { id: endpoint.id } }))?.pausedAt) {
    await db.webhookDelivery.update({ where: { id: delivery.id }, data: { status: "HELD" } });
    return;
  }
  await db.webhookDelivery.update({ where: { id: delivery.id }, data: { status: lastAttempt ? "FAILED" : "PENDING" } });
  throw new DeliveryFailed(result.error);
}

export const webhookDeliveryJob = defineJob<DeliveryData>({
  name: "webhook.deliver",
  retryLimit: 12,
  retryDelay: env.webhooks.retryDelaySeconds,
  retryBackoff: true,
  expireIn: Math.ceil(env.webhooks.timeoutMs / 1000) + 60,
  run: (data, context) => deliver(context.db, data, context.lastAttempt),
});
