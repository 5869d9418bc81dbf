// Webhook endpoints, managed by admins: register (a new signing secret, shown once), change, delete,
// and resume one that was paused for failing (what it missed is then sent).
import { isIP } from "node:net";
import { can } from "@/lib/auth/permissions";
import { env } from "@/lib/env";
import { getBoss } from "@/lib/jobs/boss";
import { sendJob } from "@/lib/jobs/send";
import { audit } from "@/lib/services/audit";
import type { ServiceContext } from "@/lib/services/context";
import { forbidden, invalid, notFound, say } from "@/lib/services/errors";
import type { EndpointInput } from "@/lib/validations/webhooks";
import { isPrivateAddress, urlProblem } from "@/lib/webhooks/address-guard";
import { webhookDeliveryJob } from "@/lib/webhooks/delivery-job";
import { generateSigningSecret, sealSigningSecret } from "@/lib/webhooks/signing-secret";
import { isDomainEventType } from "@/lib/events/types";

export function mayManageWebhooks(ctx: Pick<ServiceContext, "actor">): void {
  if (!can(ctx.actor, "webhooks.manage")) throw forbidden("webhooks.adminsOnly");
}

/** Refuses what can never be delivered to; names on private networks are refused again at each delivery. */
function checkEndpoint(input: EndpointInput): EndpointInput {
  const problem = urlProblem(input.url);
  if (problem) throw invalid(`webhooks.${problem}`, { url: [`webhooks.${problem}`] });
  const host = new URL(input.url).hostname.replace(/^\[|\]$/g, "").toLowerCase();
  const local = host === "localhost" || host.endsWith(".localhost") || (isIP(host) !== 0 && isPrivateAddress(host));
  if (local && !env.webhooks.allowPrivateHosts) throw invalid("webhooks.urlPrivate", { url: ["webhooks.urlPrivate"] });
  const unknown = input.events.find((event) => !isDomainEventType(event));
  if (unknown) throw invalid(say("webhooks.eventUnknown", { event: unknown }));
  return { ...input, url: new URL(input.url).toString() };
}

/** Registers an endpoint; returns its id and its signing secret, which is never shown again. */
export async function createEndpoint(
  ctx: ServiceContext,
  input: EndpointInput,
): Promise<{ id: number; secret: string }> {
  mayManageWebhooks(ctx);
  const endpoint = checkEndpoint(input);
  const secret = generateSigningSecret();
  const id = await ctx.db.$transaction(async (tx) => {
    const created = await tx.webhookEndpoint.create({ data: { ...endpoint, secretSealed: sealSigningSecret(secret) } });
    await audit(tx, ctx.actor, "webhook.create", {
      details: { id: created.id, url: endpoint.url, events: endpoint.events },
    });
    return created.id;
  });
  return { id, secret };
}

export async function updateEndpoint(ctx: ServiceContext, id: number, input: EndpointInput): Promise<void> {
  mayManageWebhooks(ctx);
  const endpoint = checkEndpoint(input);
  await ctx.db.$transaction(async (tx) => {
    const { count } = await tx.webhookEndpoint.updateMany({ where: { id }, data: endpoint });
    if (count === 0) throw notFound("webhookEndpoint");
    await audit(tx, ctx.actor, "webhook.update", {
      details: { id, url: endpoint.url, events: endpoint.events, enabled: endpoint.enabled },
    });
  });
}

export async function deleteEndpoint(ctx: ServiceContext, id: number): Promise<void> {
  mayManageWebhooks(ctx);
  await ctx.db.$transaction(async (tx) => {
    const endpoint = await tx.webhookEndpoint.findUnique({ where: { id } });
    if (!endpoint) throw notFound("webhookEndpoint");
    // Its deliveries and their attempts go with it; queued jobs for them find nothing and end.
    await tx.webhookEndpoint.delete({ where: { id } });
    await audit(tx, ctx.actor, "webhook.delete", { details: { id, url: endpoint.url } });
  });
}

/** Lifts a pause and queues again every delivery held meanwhile; returns how many. */
export async function resumeEndpoint(ctx: ServiceContext, id: number): Promise<number> {
  mayManageWebhooks(ctx);
  // Started before the transaction that queues (lib/jobs/send.ts).
  await getBoss();
  return ctx.db.$transaction(async (tx) => {
    const endpoint = await tx.webhookEndpoint.findUnique({ where: { id } });
    if (!endpoint) throw notFound("webhookEndpoint");
    if (!endpoint.pausedAt) throw invalid("webhooks.notPaused");
    await tx.webhookEndpoint.update({
      where: { id },
      data: { pausedAt: null, pauseReason: null, consecutiveFailures: 0, failingSince: null },
    });
    const held = await tx.webhookDelivery.findMany({
      where: { endpointId: id, status: { in: ["HELD", "FAILED"] } },
      select: { id: true },
    });
    await tx.webhookDelivery.updateMany({ where: { id: { in: held.map((d) => d.id) } }, data: { status: "PENDING" } });
    for (const delivery of held) await sendJob(webhookDeliveryJob, { deliveryId: delivery.id }, { tx });
    await audit(tx, ctx.actor, "webhook.resume", {
      details: {
        id,
        url: endpoint.url,
        pausedAt: endpoint.pausedAt.toISOString(),
        reason: endpoint.pauseReason,
        resent: held.length,
      },
    });
    return held.length;
  });
}
