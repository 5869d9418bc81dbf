// Public reads on PostgreSQL streaming replicas (DATABASE_REPLICA_URLS), never older than what readers
// were told changed. Every write that expires cached content records the primary's flushed WAL position
// first (ResponseStore's markWrite, lib/cache/start.ts); other servers learn it with the expiry through
// the shared cache. A replica that has not replayed up to the newest position known here is passed over
// for the primary until it has, so a render started by an expiry never caches the version before it.
// An editor's own reads (admin, previews) always go to the primary (getDb).

/** The part of a Prisma client the router uses (any client: tests give their own). */
export interface SqlClient {
  $queryRawUnsafe<T = unknown>(query: string): Promise<T>;
}

/** PostgreSQL's "16/B374D848" as one number, so positions compare. */
export function parseLsn(text: string): bigint {
  const match = /^([0-9A-F]{1,8})\/([0-9A-F]{1,8})$/i.exec(text.trim());
  if (!match?.[1] || !match[2]) throw new Error(`not a WAL position: ${text}`);
  return (BigInt(`0x${match[1]}`) << 32n) | BigInt(`0x${match[2]}`);
}

export interface ReplicaRouterOptions<C extends SqlClient> {
  primary: C;
  replicas: C[];
  /** How long a replica that failed to answer is left out, in ms. */
  retryAfterMs?: number;
  now?: () => number;
}

interface ReplicaState<C> {
  client: C;
  /** The newest position it was seen to have replayed; a replica only moves forward. */
  replayed: bigint;
  downUntil: number;
}

/**
 * Where the primary's WAL ends: past every commit so far, even one made with synchronous_commit off
 * whose record is not yet flushed (the flush position would not be).
 */
async function walEnd(client: SqlClient): Promise<bigint> {
  const rows = await client.$queryRawUnsafe<Array<{ lsn: string }>>("SELECT pg_current_wal_insert_lsn()::text AS lsn");
  return parseLsn(rows[0]?.lsn ?? "0/0");
}

/** What a standby has replayed (NULL when it is not in recovery, i.e. it has everything it will ever have). */
async function replayedPosition(client: SqlClient): Promise<bigint | undefined> {
  const rows = await client.$queryRawUnsafe<Array<{ lsn: string | null }>>(
    "SELECT pg_last_wal_replay_lsn()::text AS lsn",
  );
  const lsn = rows[0]?.lsn;
  return lsn ? parseLsn(lsn) : undefined;
}

/** Beyond any position: a server that is not a standby has every write it will ever have. */
const NOT_IN_RECOVERY = 1n << 64n;

export class ReplicaRouter<C extends SqlClient> {
  private readonly replicas: ReplicaState<C>[];
  private readonly now: () => number;
  private readonly retryAfterMs: number;
  /** Everything a public read must see: the newest write position known to this server. */
  private required = 0n;
  /** At start (and after a write whose position could not be read), everything the primary has counts. */
  private started: Promise<void> | undefined;
  private turn = 0;
  private refreshing = false;
  readonly stats = { replica: 0, primary: 0 };

  constructor(private readonly options: ReplicaRouterOptions<C>) {
    this.replicas = options.replicas.map((client) => ({ client, replayed: -1n, downUntil: 0 }));
    this.now = options.now ?? Date.now;
    this.retryAfterMs = options.retryAfterMs ?? 5_000;
  }

  /** Records the primary's position after a write; returns it to be told to the other servers. */
  async recordWrite(): Promise<string | undefined> {
    if (this.replicas.length === 0) return undefined;
    try {
      const lsn = await walEnd(this.options.primary);
      this.require(lsn);
      return lsn.toString(16);
    } catch {
      // The write's position is unknown: read from the primary until a position can be read again.
      this.started = undefined;
      return undefined;
    }
  }

  /** Another server's write (the mark from recordWrite). */
  requireWrite(mark: string): void {
    if (/^[0-9a-f]{1,16}$/.test(mark)) this.require(BigInt(`0x${mark}`));
  }

  /** The client a public read should use now: a caught-up replica in turn, else the primary. */
  async pick(): Promise<C> {
    if (this.replicas.length === 0) return this.options.primary;
    this.started ??= walEnd(this.options.primary).then(
      (lsn) => this.require(lsn),
      () => {
        this.started = undefined;
        throw new Error("primary position unknown");
      },
    );
    const known = await this.started.then(
      () => true,
      () => false,
    );
    if (!known) {
      this.stats.primary += 1;
      return this.options.primary;
    }
    const now = this.now();
    for (let i = 0; i < this.replicas.length; i += 1) {
      const index = (this.turn + i) % this.replicas.length;
      const replica = this.replicas[index];
      if (!replica || replica.downUntil > now || !(await this.caughtUp(replica))) continue;
      this.turn = index + 1;
      this.stats.replica += 1;
      return replica.client;
    }
    this.stats.primary += 1;
    return this.options.primary;
  }

  /** Asks every replica where it is, so that one gone away is left out before a read fails on it. */
  async refresh(): Promise<void> {
    // A refresh still waiting on a silent replica is not joined by another.
    if (this.refreshing) return;
    this.refreshing = true;
    const now = this.now();
    try {
      await Promise.all(
        this.replicas.map(async (replica) => {
          try {
            replica.replayed = (await replayedPosition(replica.client)) ?? NOT_IN_RECOVERY;
            replica.downUntil = 0;
          } catch {
            this.leaveOut(replica, now);
          }
        }),
      );
    } finally {
      this.refreshing = false;
    }
  }

  /** Until it has said again where it is, a replica that failed gets no read, even after the pause. */
  private leaveOut(replica: ReplicaState<C>, now: number): void {
    replica.downUntil = now + this.retryAfterMs;
    replica.replayed = -1n;
  }

  private require(lsn: bigint): void {
    if (lsn > this.required) this.required = lsn;
  }

  private async caughtUp(replica: ReplicaState<C>): Promise<boolean> {
    if (replica.replayed >= this.required) return true;
    try {
      replica.replayed = (await replayedPosition(replica.client)) ?? NOT_IN_RECOVERY;
    } catch {
      this.leaveOut(replica, this.now());
      return false;
    }
    return replica.replayed >= this.required;
  }
}
