// The one way in to the database: a lazily created Prisma client on PostgreSQL
// (DATABASE_URL) or on the embedded PGlite in env.dataDir.
import "server-only";
import type { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { env } from "@/lib/env";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { openPGlite } from "@/lib/pglite";

interface Connection {
  prisma: PrismaClient;
  pglite?: PGlite;
}

// Kept on globalThis so that dev-mode module reloading does not open the data directory twice.
const holder = globalThis as typeof globalThis & { __mastheadDb?: Promise<Connection> };

async function connect(): Promise<Connection> {
  if (env.databaseUrl) {
    const adapter = new PrismaPg({ connectionString: env.databaseUrl, max: 10 });
    return { prisma: new PrismaClient({ adapter }) };
  }
  const pglite = await openPGlite(env.dataDir);
  return { prisma: new PrismaClient({ adapter: new PrismaPGlite(pglite) }), pglite };
}

export async function getDb(): Promise<PrismaClient> {
  holder.__mastheadDb ??= connect();
  return (await holder.__mastheadDb).prisma;
}

/** The embedded PGlite instance behind getDb(), or undefined on a PostgreSQL server (database tooling and tests). */
export async function getEmbeddedDatabase(): Promise<PGlite | undefined> {
  await getDb();
  return (await holder.__mastheadDb)?.pglite;
}

/** Closes the client and, on the embedded database, PGlite itself (without which Node never exits). */
export async function closeDb(): Promise<void> {
  const pending = holder.__mastheadDb;
  if (!pending) return;
  holder.__mastheadDb = undefined;
  // A connection that never opened (e.g. the embedded database held by another process) has nothing to close.
  const connection = await pending.catch(() => undefined);
  if (!connection) return;
  await connection.prisma.$disconnect();
  await connection.pglite?.close();
}

export type { PrismaClient };
