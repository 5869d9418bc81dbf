// Signed webhooks (lib/webhooks/): every event goes to each enabled endpoint that chose its type, as
// one delivery row and one delivery job, both written in the relay's transaction.
import { subscribe, jobRequest } from "@/lib/events/subscribe";
import { DOMAIN_EVENT_TYPES } from "@/lib/events/types";
import { webhookDeliveryJob } from "@/lib/webhooks/delivery-job";

subscribe("webhooks", DOMAIN_EVENT_TYPES, async (event, { tx }) => {
  const endpoints = await tx.webhookEndpoint.findMany({
    where: { enabled: true, events: { has: event.type } },
    select: { id: true, pausedAt: true },
  });
  const requests = [];
  for (const endpoint of endpoints) {
    const delivery = await tx.webhookDelivery.upsert({
      where: { endpointId_eventId: { endpointId: endpoint.id, eventId: event.id } },
      create: {
        endpointId: endpoint.id,
        eventId: event.id,
        eventType: event.type,
        status: endpoint.pausedAt ? "HELD" : "PENDING",
      },
      update: {},
    });
    // A paused endpoint keeps its deliveries until it is resumed (lib/services/webhooks).
    if (delivery.status === "PENDING")
      requests.push(jobRequest(webhookDeliveryJob, { deliveryId: delivery.id }, String(endpoint.id)));
  }
  return requests;
});
