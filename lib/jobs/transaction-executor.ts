// Lets pg-boss write a job inside a Prisma transaction (its `db` option of send()), so that a job and
// the row that asked for it commit or roll back together: the outbox relay (lib/events/relay.ts)
// queues its jobs and marks the event relayed in one transaction.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SqlExecutor } from "@/lib/jobs/pglite-executor";

function parameter(value: unknown): unknown {
  if (value === undefined) return null;
  // pg-boss hands over job data as an object; the pg driver would serialise it, Prisma's raw query wants text.
  if (value !== null && typeof value === "object" && !(value instanceof Date) && !Buffer.isBuffer(value)) {
    return JSON.stringify(value);
  }
  return value;
}

export function transactionExecutor(tx: Prisma.TransactionClient): SqlExecutor {
  return {
    async executeSql(text, values = []) {
      const rows = await tx.$queryRawUnsafe<Array<Record<string, unknown>>>(text, ...values.map(parameter));
      return { rows, rowCount: rows.length };
    },
  };
}
