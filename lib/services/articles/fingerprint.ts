// The near-duplicate fingerprint of an article's body, as stored on the Article row: computed on every
// save, and filled in lazily for rows saved before the columns existed (or loaded from an export).
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { type BodyDoc, bodyPlainText, parseStoredBody } from "@/lib/newsroom/body";
import { simhash, simhashBands, toSigned64 } from "@/lib/newsroom/simhash";

export interface FingerprintColumns {
  simhash: bigint;
  simhashBands: number[];
}

export function fingerprintOf(text: string): FingerprintColumns {
  const hash = simhash(text);
  return { simhash: toSigned64(hash), simhashBands: simhashBands(hash) };
}

export function bodyFingerprint(body: BodyDoc): FingerprintColumns {
  return fingerprintOf(bodyPlainText(body));
}

// Rows per round trip while filling in; each is one small UPDATE.
const BACKFILL_BATCH = 200;

/** Computes the fingerprint of every article that has none yet; returns how many it filled in. */
export async function backfillFingerprints(db: PrismaClient | Prisma.TransactionClient): Promise<number> {
  let filled = 0;
  for (;;) {
    const rows = await db.article.findMany({
      where: { simhash: null },
      select: { id: true, body: true },
      orderBy: { id: "asc" },
      take: BACKFILL_BATCH,
    });
    for (const row of rows) {
      const print = bodyFingerprint(parseStoredBody(row.body));
      // Raw, so that filling in a derived column does not count as an edit (updatedAt stays).
      await db.$executeRaw`UPDATE "Article" SET "simhash" = ${print.simhash}, "simhashBands" = ${print.simhashBands}
        WHERE id = ${row.id}`;
    }
    filled += rows.length;
    if (rows.length < BACKFILL_BATCH) return filled;
  }
}
