// Public reads on a real streaming replica: a primary and a hot standby made here (pg_basebackup) on
// ports of their own. Reads go to the standby once it has replayed the writes this server knows of;
// with replay paused (real lag), an editor who saved, another server told of the save, and a server
// started after it all read the primary, and never the standby's older version.
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ReplicaRouter } from "@/lib/db-replicas";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { applyMigrations, readMigrations } from "@/lib/migrate/migrations";
import { connectPostgres, type SqlSession } from "@/lib/migrate/sql-session";
import { type PgCluster, startPrimary, startStandby } from "../../support/pg-cluster";

const MIGRATIONS_DIR = path.join(process.cwd(), "prisma/migrations");
const DATABASE = "masthead";
const DEADLINE_MS = 15_000;

const cleanups: Array<() => Promise<unknown>> = [];
let primary: PgCluster;
let standby: PgCluster;
let primaryDb: PrismaClient;
let standbyDb: PrismaClient;
/** The test's own connection to the standby, to pause and resume its replay. */
let standbyControl: SqlSession;
let closeStandbyControl: () => Promise<void>;

async function withSession<T>(url: string, fn: (session: SqlSession) => Promise<T>): Promise<T> {
  const session = await connectPostgres(url);
  try {
    return await fn(session);
  } finally {
    await session.close();
  }
}

function prismaOn(cluster: PgCluster): PrismaClient {
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: cluster.url(DATABASE) }) });
  cleanups.push(() => client.$disconnect());
  return client;
}

/** Polls `probe` until it returns a value; a deadline instead of a guess at how long replication takes. */
async function until<T>(what: string, probe: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + DEADLINE_MS;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what} after ${DEADLINE_MS} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function inRecovery(client: PrismaClient): Promise<boolean | undefined> {
  const rows = await client.$queryRawUnsafe<Array<{ recovery: boolean }>>("SELECT pg_is_in_recovery() AS recovery");
  return rows[0]?.recovery;
}

async function sectionName(client: PrismaClient, id: number): Promise<string | undefined> {
  return (await client.section.findUnique({ where: { id } }))?.name;
}

/** The client the router gives a public read, once it is `wanted` (the router may be right to wait). */
function picks(router: ReplicaRouter<PrismaClient>, wanted: PrismaClient, what: string): Promise<PrismaClient> {
  return until(what, async () => {
    const client = await router.pick();
    return client === wanted ? client : undefined;
  });
}

beforeAll(async () => {
  primary = await startPrimary();
  cleanups.push(() => primary.destroy());
  await withSession(primary.url("postgres"), (session) => session.exec(`CREATE DATABASE "${DATABASE}"`));
  // Migrated before the base backup, so that the standby starts with the schema.
  const migrations = await readMigrations(MIGRATIONS_DIR);
  await withSession(primary.url(DATABASE), (session) => applyMigrations(session, migrations));
  standby = await startStandby(primary);
  cleanups.push(() => standby.destroy());
  const control = await connectPostgres(standby.url(DATABASE));
  let closing: Promise<void> | undefined;
  standbyControl = control;
  closeStandbyControl = () => (closing ??= control.close());
  cleanups.push(closeStandbyControl);
  primaryDb = prismaOn(primary);
  standbyDb = prismaOn(standby);
});

afterAll(async () => {
  // Every cleanup runs, so that the clusters go even when a client fails to close; then the first error.
  const errors: unknown[] = [];
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch((error: unknown) => errors.push(error));
  if (errors.length > 0) throw errors[0];
});

describe("public reads on a streaming replica", () => {
  // The steps build on one another: one app server (router) and the row it writes, then others.
  let router: ReplicaRouter<PrismaClient>;
  let otherServer: ReplicaRouter<PrismaClient>;
  let sectionId: number;
  let mark: string | undefined;

  it("go to the standby once it has replayed the write, and find the row there", async () => {
    router = new ReplicaRouter({ primary: primaryDb, replicas: [standbyDb] });
    const section = await primaryDb.section.create({ data: { slug: "replica-reads", name: "Before the edit" } });
    sectionId = section.id;
    await router.recordWrite();

    const reader = await picks(router, standbyDb, "the standby to replay the new section");

    expect(await inRecovery(reader)).toBe(true);
    // No polling here: the router chose the standby because it had replayed the write.
    expect(await sectionName(reader, sectionId)).toBe("Before the edit");
    otherServer = new ReplicaRouter({ primary: primaryDb, replicas: [standbyDb] });
    expect(await otherServer.pick()).toBe(standbyDb);
  });

  it("with replay paused, give the editor who saved the saved version (from the primary), not the standby's", async () => {
    await standbyControl.query("SELECT pg_wal_replay_pause()");
    await until("replay to pause", async () => {
      const [row] = await standbyControl.query<{ state: string }>("SELECT pg_get_wal_replay_pause_state() AS state");
      return row?.state === "paused" ? true : undefined;
    });

    await primaryDb.section.update({ where: { id: sectionId }, data: { name: "After the edit" } });
    mark = await router.recordWrite();

    expect(mark).toMatch(/^[0-9a-f]+$/);
    // The lag is real: the standby itself still has the version before the edit.
    expect(await sectionName(standbyDb, sectionId)).toBe("Before the edit");
    const reader = await router.pick();
    expect(reader).toBe(primaryDb);
    expect(await inRecovery(reader)).toBe(false);
    expect(await sectionName(reader, sectionId)).toBe("After the edit");
    expect(await sectionName(standbyDb, sectionId)).toBe("Before the edit");
  });

  it("with replay paused, send another server told of the save (its mark) to the primary too", async () => {
    // Until it hears of the save, the other server cannot know that its replica is behind.
    expect(await otherServer.pick()).toBe(standbyDb);
    if (!mark) throw new Error("the save recorded no position");

    otherServer.requireWrite(mark);

    const reader = await otherServer.pick();
    expect(reader).toBe(primaryDb);
    expect(await sectionName(reader, sectionId)).toBe("After the edit");
  });

  it("with replay paused, send a server started after the save to the primary (it starts from the primary's position)", async () => {
    const startedLater = new ReplicaRouter({ primary: primaryDb, replicas: [standbyDb] });

    const reader = await startedLater.pick();

    expect(reader).toBe(primaryDb);
    expect(await sectionName(reader, sectionId)).toBe("After the edit");
  });

  it("once replay resumes, go back to the standby, which then has the saved version", async () => {
    await standbyControl.query("SELECT pg_wal_replay_resume()");

    const reader = await picks(router, standbyDb, "the standby to replay the edit");

    expect(await sectionName(reader, sectionId)).toBe("After the edit");
    expect(await picks(otherServer, standbyDb, "the other server to return to the standby")).toBe(standbyDb);
    const startedLater = new ReplicaRouter({ primary: primaryDb, replicas: [standbyDb] });
    expect(await startedLater.pick()).toBe(standbyDb);
  });

  it("with the standby stopped, go to the primary after a refresh, without failing", async () => {
    // The control connection goes first: a pg client whose server vanishes emits an unhandled error.
    await closeStandbyControl();
    await standby.stop();

    await router.refresh();

    const reader = await router.pick();
    expect(reader).toBe(primaryDb);
    expect(await sectionName(reader, sectionId)).toBe("After the edit");
  });
});
