// The outbox relay: takes each unrelayed domain event, asks its subscribers which jobs it needs and
// queues them, and marks the event relayed — all in one transaction per event, so an event is fanned
// out exactly once even with several servers (the row lock with SKIP LOCKED gives each event to one)
// and even if a server dies half-way (the transaction rolls back, the event stays unrelayed).
import "@/lib/events/consumers";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { subscriptionsFor } from "@/lib/events/subscribe";
import { isDomainEventType, type DomainEvent, type DomainEventPayload } from "@/lib/events/types";
import { getBoss } from "@/lib/jobs/boss";
import { sendJob } from "@/lib/jobs/send";

interface EventRow {
  id: string;
  type: string;
  articleId: number | null;
  payload: DomainEventPayload;
  occurredAt: Date;
}

export interface RelayRun {
  relayed: number;
  /** Events a subscriber failed on: left unrelayed and tried again at the next run. */
  failed: Array<{ id: string; error: string }>;
}

class RelayError extends Error {
  constructor(
    readonly eventId: string,
    cause: unknown,
  ) {
    super(`relay of event ${eventId} failed`, { cause });
  }
}

/** Relays up to `limit` events, oldest first; returns how it went. */
export async function relayEvents(db: PrismaClient, limit = 100): Promise<RelayRun> {
  // Started before any transaction: on the embedded database its first start needs the connection.
  await getBoss();
  const run: RelayRun = { relayed: 0, failed: [] };
  for (let done = 0; done < limit; done++) {
    const skip = run.failed.map((failure) => failure.id);
    try {
      const relayed = await db.$transaction(
        async (tx) => {
          const [row] = await tx.$queryRaw<EventRow[]>`
            SELECT id::text AS id, type, "articleId", payload, "occurredAt" FROM "DomainEvent"
            WHERE "relayedAt" IS NULL AND NOT (id::text = ANY(${skip}::text[]))
            ORDER BY "occurredAt", id LIMIT 1
            FOR UPDATE SKIP LOCKED`;
          if (!row) return undefined;
          if (isDomainEventType(row.type)) {
            const event: DomainEvent = { ...row, type: row.type };
            try {
              for (const subscription of subscriptionsFor(event.type)) {
                for (const request of await subscription.handle(event, { tx })) {
                  const key = `${event.id}:${subscription.name}:${request.key ?? ""}`;
                  await sendJob(request.job, request.data as never, { tx, key });
                }
              }
            } catch (error) {
              throw new RelayError(row.id, error);
            }
          }
          await tx.domainEvent.update({ where: { id: row.id }, data: { relayedAt: new Date() } });
          return row.id;
        },
        { timeout: 30_000 },
      );
      if (relayed === undefined) break;
      run.relayed += 1;
    } catch (error) {
      if (!(error instanceof RelayError)) throw error;
      run.failed.push({ id: error.eventId, error: String(error.cause) });
    }
  }
  return run;
}

export interface Relay {
  stop(): Promise<void>;
}

/** Relays every `intervalMs` until stopped. */
export function startRelay(db: PrismaClient, intervalMs: number): Relay {
  let stopped = false;
  let current: Promise<void> | undefined;
  const tick = async () => {
    try {
      const run = await relayEvents(db);
      for (const failure of run.failed) console.error(`[events] could not relay event ${failure.id}: ${failure.error}`);
    } catch (error) {
      console.error("[events]", error);
    } finally {
      current = undefined;
    }
  };
  const timer = setInterval(() => {
    // One run at a time: a slow run is not queued behind by more.
    if (!stopped && !current) current = tick();
  }, intervalMs);
  timer.unref();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await current;
    },
  };
}
