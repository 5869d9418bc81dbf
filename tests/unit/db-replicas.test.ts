// The replica router against stand-in servers: which client a public read gets, from the WAL positions
// the primary and the replicas report (tests/integration/servers/read-replicas.test.ts runs real ones).
import { describe, expect, it } from "vitest";
import { parseLsn, ReplicaRouter, type SqlClient } from "@/lib/db-replicas";

/** A server that answers the router's two position queries from what the test sets. */
class FakeServer implements SqlClient {
  /** Where the primary's WAL ends. */
  walEnd = "0/0";
  /** A standby's replayed position; null as on a server not in recovery. */
  replayed: string | null = "0/0";
  down = false;
  queries = 0;

  constructor(readonly name: string) {}

  async $queryRawUnsafe<T = unknown>(query: string): Promise<T> {
    this.queries += 1;
    if (this.down) throw new Error(`${this.name}: connection refused`);
    if (query.includes("pg_current_wal_insert_lsn")) return [{ lsn: this.walEnd }] as T;
    if (query.includes("pg_last_wal_replay_lsn")) return [{ lsn: this.replayed }] as T;
    throw new Error(`${this.name}: unexpected query ${query}`);
  }
}

function clock(start = 1_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

function servers(replicaCount: number, position = "0/3000060") {
  const primary = new FakeServer("primary");
  primary.walEnd = position;
  const replicas = Array.from({ length: replicaCount }, (_, i) => {
    const replica = new FakeServer(`replica-${i + 1}`);
    replica.replayed = position;
    return replica;
  });
  return { primary, replicas };
}

async function picks(router: ReplicaRouter<FakeServer>, count: number): Promise<string[]> {
  const names: string[] = [];
  for (let i = 0; i < count; i += 1) names.push((await router.pick()).name);
  return names;
}

describe("parseLsn", () => {
  it("reads PostgreSQL's hi/lo hex as one number that orders positions", () => {
    expect(parseLsn("0/0")).toBe(0n);
    expect(parseLsn("16/B374D848")).toBe(0x16b374d848n);
    expect(parseLsn("16/b374d848")).toBe(0x16b374d848n);
    expect(parseLsn(" 0/3000060\n")).toBe(0x3000060n);
    expect(parseLsn("FFFFFFFF/FFFFFFFF")).toBe((1n << 64n) - 1n);
    // The low half is 32 bits: a longer high half is a later position, however small the low half.
    expect(parseLsn("1/0") > parseLsn("0/FFFFFFFF")).toBe(true);
    expect(parseLsn("0/10") > parseLsn("0/F")).toBe(true);
  });

  it.each(["", "0", "16/", "/B374D848", "G/0", "0/-1", "123456789/0", "0/123456789", "1/2/3", "0x16/0", "1 / 2"])(
    "refuses %j",
    (text) => {
      expect(() => parseLsn(text)).toThrow(/not a WAL position/);
    },
  );
});

describe("the replica router", () => {
  it("sends reads to a replica that has replayed everything the primary had at start", async () => {
    const { primary, replicas } = servers(1);
    const router = new ReplicaRouter({ primary, replicas });

    expect(await picks(router, 2)).toEqual(["replica-1", "replica-1"]);
    expect(router.stats).toEqual({ replica: 2, primary: 0 });
  });

  it("takes caught-up replicas in turn", async () => {
    const { primary, replicas } = servers(2);
    const router = new ReplicaRouter({ primary, replicas });

    expect(await picks(router, 4)).toEqual(["replica-1", "replica-2", "replica-1", "replica-2"]);
  });

  it("reads from the primary while the replica is behind, and from the replica once it has caught up", async () => {
    const { primary, replicas } = servers(1);
    const [replica] = replicas;
    if (!replica) throw new Error("no replica");
    replica.replayed = "0/3000000";
    const router = new ReplicaRouter({ primary, replicas });

    expect(await picks(router, 2)).toEqual(["primary", "primary"]);
    replica.replayed = "0/3000060";
    expect(await picks(router, 1)).toEqual(["replica-1"]);
  });

  it("passes over only the replica that is behind", async () => {
    const { primary, replicas } = servers(2);
    const [, second] = replicas;
    if (!second) throw new Error("no second replica");
    second.replayed = "0/2FFFFFF";
    const router = new ReplicaRouter({ primary, replicas });

    expect(await picks(router, 3)).toEqual(["replica-1", "replica-1", "replica-1"]);
  });

  it("after a write here, reads from the primary until the replica has replayed it", async () => {
    const { primary, replicas } = servers(1);
    const [replica] = replicas;
    if (!replica) throw new Error("no replica");
    const router = new ReplicaRouter({ primary, replicas });
    expect(await picks(router, 1)).toEqual(["replica-1"]);

    primary.walEnd = "1/10";
    const mark = await router.recordWrite();

    expect(mark).toBe("100000010");
    expect(await picks(router, 1)).toEqual(["primary"]);
    replica.replayed = "1/F";
    expect(await picks(router, 1)).toEqual(["primary"]);
    replica.replayed = "1/10";
    expect(await picks(router, 1)).toEqual(["replica-1"]);
  });

  it("after another server's write (its mark), reads from the primary until the replica has replayed it", async () => {
    const { primary, replicas } = servers(1);
    const [replica] = replicas;
    if (!replica) throw new Error("no replica");
    const writer = new ReplicaRouter({ primary, replicas });
    const reader = new ReplicaRouter({ primary, replicas });
    expect(await picks(reader, 1)).toEqual(["replica-1"]);

    primary.walEnd = "0/4000000";
    const mark = await writer.recordWrite();
    if (!mark) throw new Error("no mark");
    // Until it hears of the write, the other server cannot know its replica is behind.
    expect(await picks(reader, 1)).toEqual(["replica-1"]);
    reader.requireWrite(mark);

    expect(await picks(reader, 1)).toEqual(["primary"]);
    replica.replayed = "0/4000000";
    expect(await picks(reader, 1)).toEqual(["replica-1"]);
  });

  it("ignores a mark that is not one of recordWrite's", async () => {
    const { primary, replicas } = servers(1);
    const router = new ReplicaRouter({ primary, replicas });
    await router.pick();

    for (const mark of ["", "zz", "0/4000000", "-1", "1".repeat(17)]) router.requireWrite(mark);

    expect(await picks(router, 1)).toEqual(["replica-1"]);
  });

  it("never goes back to an older requirement when a smaller mark arrives", async () => {
    const { primary, replicas } = servers(1);
    const [replica] = replicas;
    if (!replica) throw new Error("no replica");
    const router = new ReplicaRouter({ primary, replicas });
    await router.pick();

    router.requireWrite("5000000");
    router.requireWrite("4000000");
    replica.replayed = "0/4000000";
    expect(await picks(router, 1)).toEqual(["primary"]);
    replica.replayed = "0/5000000";
    expect(await picks(router, 1)).toEqual(["replica-1"]);
  });

  it("leaves a replica that failed to answer out for retryAfterMs, then asks it again", async () => {
    const time = clock();
    const { primary, replicas } = servers(1);
    const [replica] = replicas;
    if (!replica) throw new Error("no replica");
    replica.down = true;
    const router = new ReplicaRouter({ primary, replicas, retryAfterMs: 1_000, now: time.now });

    expect(await picks(router, 1)).toEqual(["primary"]);
    replica.down = false;
    const asked = replica.queries;
    time.advance(999);
    expect(await picks(router, 2)).toEqual(["primary", "primary"]);
    expect(replica.queries).toBe(asked);

    time.advance(1);
    expect(await picks(router, 1)).toEqual(["replica-1"]);
    expect(replica.queries).toBe(asked + 1);
  });

  it("asks a caught-up replica that failed where it is before giving it a read again", async () => {
    const time = clock();
    const { primary, replicas } = servers(1);
    const [replica] = replicas;
    if (!replica) throw new Error("no replica");
    const router = new ReplicaRouter({ primary, replicas, retryAfterMs: 1_000, now: time.now });
    expect(await picks(router, 1)).toEqual(["replica-1"]);

    replica.down = true;
    await router.refresh();
    time.advance(1_000); // the pause is over, and the replica still does not answer
    expect(await picks(router, 1)).toEqual(["primary"]);
  });

  it("sends every read to the other replica while one is left out", async () => {
    const time = clock();
    const { primary, replicas } = servers(2);
    const [first] = replicas;
    if (!first) throw new Error("no replica");
    first.down = true;
    const router = new ReplicaRouter({ primary, replicas, retryAfterMs: 1_000, now: time.now });

    expect(await picks(router, 3)).toEqual(["replica-2", "replica-2", "replica-2"]);
  });

  it("on refresh, leaves out a replica that stopped answering, and takes it back once it answers", async () => {
    const time = clock();
    const { primary, replicas } = servers(1);
    const [replica] = replicas;
    if (!replica) throw new Error("no replica");
    const router = new ReplicaRouter({ primary, replicas, retryAfterMs: 1_000, now: time.now });
    expect(await picks(router, 1)).toEqual(["replica-1"]);

    replica.down = true;
    await router.refresh();
    expect(await picks(router, 1)).toEqual(["primary"]);

    replica.down = false;
    await router.refresh();
    expect(await picks(router, 1)).toEqual(["replica-1"]);
  });

  it("counts a server that is not in recovery (no replay position) as having every write", async () => {
    const { primary, replicas } = servers(1);
    const [replica] = replicas;
    if (!replica) throw new Error("no replica");
    replica.replayed = null;
    const router = new ReplicaRouter({ primary, replicas });

    expect(await picks(router, 1)).toEqual(["replica-1"]);
    primary.walEnd = "FF/0";
    await router.recordWrite();
    expect(await picks(router, 1)).toEqual(["replica-1"]);
  });

  it("reads from the primary when the write's position could not be read, until it can be again", async () => {
    const { primary, replicas } = servers(1);
    const [replica] = replicas;
    if (!replica) throw new Error("no replica");
    const router = new ReplicaRouter({ primary, replicas });
    expect(await picks(router, 1)).toEqual(["replica-1"]);

    primary.walEnd = "0/5000000";
    primary.down = true;
    expect(await router.recordWrite()).toBeUndefined();
    expect(await picks(router, 2)).toEqual(["primary", "primary"]);

    // The primary answers again: everything it has now counts, which the replica has yet to replay.
    primary.down = false;
    expect(await picks(router, 1)).toEqual(["primary"]);
    replica.replayed = "0/5000000";
    expect(await picks(router, 1)).toEqual(["replica-1"]);
  });

  it("reads from the primary while the primary's position at start is unknown", async () => {
    const { primary, replicas } = servers(1);
    primary.down = true;
    const router = new ReplicaRouter({ primary, replicas });

    expect(await picks(router, 1)).toEqual(["primary"]);
    primary.down = false;
    expect(await picks(router, 1)).toEqual(["replica-1"]);
  });

  it("without replicas, uses the primary and asks nothing", async () => {
    const primary = new FakeServer("primary");
    const router = new ReplicaRouter({ primary, replicas: [] });

    expect(await picks(router, 1)).toEqual(["primary"]);
    expect(await router.recordWrite()).toBeUndefined();
    expect(primary.queries).toBe(0);
  });
});
