// The sensitive-word list as one compiled automaton, kept per list version: every change to the list
// gives it a new random version in the same transaction, so each server process notices it at its
// next check (one read by primary key) and compiles the list again; between changes, checks reuse the
// automaton. Random rather than counted, so two databases (tests, a restored copy) never share one.
import { randomUUID } from "node:crypto";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { CompiledPhrases } from "@/lib/newsroom/sensitive-words/matcher";

type Db = PrismaClient | Prisma.TransactionClient;

export const LIST_VERSION_KEY = "sensitivePhrases.version";

let cached: { version: string; compiled: CompiledPhrases } | null = null;

async function listVersion(db: Db): Promise<string | null> {
  const row = await db.setting.findUnique({ where: { key: LIST_VERSION_KEY }, select: { value: true } });
  return typeof row?.value === "string" ? row.value : null;
}

/** Called inside every transaction that changes the list. */
export async function bumpListVersion(tx: Prisma.TransactionClient): Promise<void> {
  const version = randomUUID();
  await tx.setting.upsert({
    where: { key: LIST_VERSION_KEY },
    create: { key: LIST_VERSION_KEY, value: version },
    update: { value: version },
  });
}

/** The list as it is now. The version is read before the phrases, so a cached automaton is never older than its version. */
export async function compiledPhrases(db: Db): Promise<CompiledPhrases> {
  const version = await listVersion(db);
  if (version !== null && cached?.version === version) return cached.compiled;
  const phrases = await db.sensitivePhrase.findMany({
    select: { id: true, phrase: true, level: true, replacement: true, note: true },
    orderBy: { id: "asc" },
  });
  const compiled = new CompiledPhrases(phrases);
  if (version !== null) cached = { version, compiled };
  return compiled;
}
