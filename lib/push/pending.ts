// The pool of URLs waiting for a push channel. Changes add their URLs; a push job claims every URL of
// its channel (up to a batch), sends them in one go, and deletes them only when the receiver accepted:
// a burst of edits becomes one request, and nothing is lost when a receiver is down or a server dies
// mid-send (its claim lapses). A URL queued again while in flight is kept for the next job.
import { randomUUID } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";

type Db = Prisma.TransactionClient;

export type PushChannel = "websub" | "indexnow" | "baidu";

/** How long a claim holds before another job may take the URLs (longer than any send). */
const CLAIM_MS = 2 * 60_000;

export async function queueUrls(db: Db, channel: PushChannel, urls: readonly string[], now = new Date()) {
  if (urls.length === 0) return;
  const unique = [...new Set(urls)];
  await db.$executeRaw`
    INSERT INTO "PendingPush" ("channel", "url", "queuedAt")
    SELECT ${channel}, url, ${now} FROM unnest(${unique}::text[]) AS url
    ON CONFLICT ("channel", "url") DO UPDATE SET "queuedAt" = EXCLUDED."queuedAt", "claim" = NULL, "claimedUntil" = NULL`;
}

export interface Claim {
  token: string;
  urls: string[];
}

export async function claimUrls(db: Db, channel: PushChannel, limit: number, now = new Date()): Promise<Claim> {
  const token = randomUUID();
  const until = new Date(now.getTime() + CLAIM_MS);
  const rows = await db.$queryRaw<Array<{ url: string }>>`
    UPDATE "PendingPush" SET "claim" = ${token}, "claimedUntil" = ${until}
    WHERE "id" IN (
      SELECT "id" FROM "PendingPush"
      WHERE "channel" = ${channel} AND ("claimedUntil" IS NULL OR "claimedUntil" < ${now})
      ORDER BY "id" LIMIT ${limit} FOR UPDATE SKIP LOCKED)
    RETURNING "url"`;
  return { token, urls: rows.map((row) => row.url).sort() };
}

/** The receiver took them: they leave the pool (unless queued again meanwhile). */
export async function settleClaim(db: Db, claim: Claim): Promise<void> {
  await db.pendingPush.deleteMany({ where: { claim: claim.token } });
}

/** The receiver refused: the URLs wait for the retry (or any other job of the channel). */
export async function releaseClaim(db: Db, claim: Claim): Promise<void> {
  await db.pendingPush.updateMany({ where: { claim: claim.token }, data: { claim: null, claimedUntil: null } });
}

/** Claim, send, settle or release: the body of every push job. */
export async function pushPending<T>(
  db: Db,
  channel: PushChannel,
  limit: number,
  send: (urls: string[]) => Promise<T>,
): Promise<{ urls: string[]; result: T | null }> {
  const claim = await claimUrls(db, channel, limit);
  if (claim.urls.length === 0) return { urls: [], result: null };
  try {
    const result = await send(claim.urls);
    await settleClaim(db, claim);
    return { urls: claim.urls, result };
  } catch (error) {
    await releaseClaim(db, claim);
    throw error;
  }
}
