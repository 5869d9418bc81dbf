// The one way in to the database: a lazily created Prisma client on PostgreSQL
// (DATABASE_URL) or on the embedded PGlite in env.dataDir.
import "server-only";
import type { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { ReplicaRouter } from "@/lib/db-replicas";
import { env } from "@/lib/env";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { openPGlite } from "@/lib/pglite";

/**
 * An editor's save waits this long for a connection under load (Prisma's default is 2 s, and a soak with
 * 200 readers made saves fail with P2028 while readers' renders held the pool).
 */
const transactionOptions = { maxWait: 10_000, timeout: 15_000 };

interface Connection {
  prisma: PrismaClient;
  pglite?: PGlite;
  /** Chooses the client of each public read: the primary, or a replica that has caught up. */
  reads: ReplicaRouter<PrismaClient>;
  stopRefresh?: () => Promise<void>;
}

/** How often replicas are asked where they are (and whether they still answer). */
const REPLICA_REFRESH_MS = 1_000;

// Kept on globalThis so that dev-mode module reloading does not open the data directory twice.
const holder = globalThis as typeof globalThis & { __mastheadDb?: Promise<Connection> };

async function connect(): Promise<Connection> {
  if (env.databaseUrl) {
    const prisma = new PrismaClient({
      adapter: new PrismaPg({ connectionString: env.databaseUrl, max: 10 }),
      transactionOptions,
    });
    const replicas = env.replicaUrls.map(
      // Bounded waits: a replica that stops answering is left out by the next refresh instead of holding reads.
      (url) =>
        new PrismaClient({
          adapter: new PrismaPg({
            connectionString: url,
            max: 10,
            connectionTimeoutMillis: 2_000,
            query_timeout: 5_000,
          }),
        }),
    );
    const reads = new ReplicaRouter({ primary: prisma, replicas });
    if (replicas.length === 0) return { prisma, reads };
    const timer = setInterval(() => void reads.refresh(), REPLICA_REFRESH_MS);
    timer.unref();
    const stopRefresh = async () => {
      clearInterval(timer);
      await Promise.all(replicas.map((replica) => replica.$disconnect()));
    };
    return { prisma, reads, stopRefresh };
  }
  const pglite = await openPGlite(env.dataDir);
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite), transactionOptions });
  return { prisma, pglite, reads: new ReplicaRouter({ primary: prisma, replicas: [] }) };
}

export async function getDb(): Promise<PrismaClient> {
  holder.__mastheadDb ??= connect();
  return (await holder.__mastheadDb).prisma;
}

/**
 * The client for public, published-only reads (lib/content): a streaming replica that has replayed every
 * write this server knows of, or the primary. Everything else, and every write, uses getDb().
 */
export async function getPublicDb(): Promise<PrismaClient> {
  holder.__mastheadDb ??= connect();
  return (await holder.__mastheadDb).reads.pick();
}

/** The primary's position after a write, for the other servers (undefined without replicas). */
export async function recordWrite(): Promise<string | undefined> {
  const pending = holder.__mastheadDb;
  return pending ? (await pending).reads.recordWrite() : undefined;
}

/** Another server's write: public reads here wait for replicas to replay it. */
export function requireWrite(mark: string): void {
  void holder.__mastheadDb?.then((connection) => connection.reads.requireWrite(mark));
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
  await connection.stopRefresh?.();
  await connection.prisma.$disconnect();
  await connection.pglite?.close();
}

export type { PrismaClient };
