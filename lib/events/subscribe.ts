// Consumers of domain events. Each consumer is one file in lib/events/consumers/ that calls subscribe()
// with the event types it wants and a function turning an event into the jobs to queue; the relay
// (lib/events/relay.ts) calls it once per event, inside the transaction that marks the event relayed.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { JobDefinition } from "@/lib/jobs/define-job";
import type { DomainEvent, DomainEventType } from "@/lib/events/types";

/** One job to queue. `key` tells apart several jobs of the same kind for one event (e.g. one per endpoint). */
export interface JobRequest {
  job: JobDefinition<never>;
  data: object;
  key?: string;
}

/** Builds a typed JobRequest: `data` must fit the job. */
export function jobRequest<Data extends object>(job: JobDefinition<Data>, data: Data, key?: string): JobRequest {
  return { job: job as unknown as JobDefinition<never>, data, key };
}

export interface SubscriberContext {
  /** The relay's transaction: rows written here commit together with the queued jobs. */
  tx: Prisma.TransactionClient;
}

export type Subscriber = (event: DomainEvent, context: SubscriberContext) => JobRequest[] | Promise<JobRequest[]>;

interface Subscription {
  name: string;
  types: ReadonlySet<DomainEventType>;
  handle: Subscriber;
}

const subscriptions: Subscription[] = [];

/**
 * Registers a consumer. `name` is unique and stable: with the event id and the request's key it makes
 * the queued job's id, so an event never queues the same job twice.
 */
export function subscribe(name: string, types: readonly DomainEventType[], handle: Subscriber): void {
  // A module evaluated again (dev-mode reloading) replaces its own registration.
  const index = subscriptions.findIndex((existing) => existing.name === name);
  const subscription = { name, types: new Set(types), handle };
  if (index === -1) subscriptions.push(subscription);
  else subscriptions[index] = subscription;
}

export function subscriptionsFor(type: DomainEventType): readonly Subscription[] {
  return subscriptions.filter((subscription) => subscription.types.has(type));
}
