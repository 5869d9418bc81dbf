// What a receiver gets: { id, type, timestamp, data } with the article as it was at the event.
import type { DomainEventPayload } from "@/lib/events/types";

export interface WebhookBody {
  /** The event's id; also the webhook-id header, the same on every retry (receivers drop repeats by it). */
  id: string;
  type: string;
  /** When the event happened (ISO 8601). */
  timestamp: string;
  data: DomainEventPayload["article"] & { entryId?: number };
}

export function webhookBody(event: {
  id: string;
  type: string;
  occurredAt: Date;
  payload: DomainEventPayload;
}): string {
  const { article, entryId } = event.payload;
  const body: WebhookBody = {
    id: event.id,
    type: event.type,
    timestamp: event.occurredAt.toISOString(),
    data: entryId === undefined ? article : { ...article, entryId },
  };
  return JSON.stringify(body);
}
