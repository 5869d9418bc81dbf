// The shared tier on Redis: entries and their tags through @fortedigital/nextjs-cache-handler's
// redis-strings handler (on the ioredis client Masthead already uses), expiries to the other servers
// through a Redis stream that each server reads from where it last was (pub/sub would lose what was
// published while a server reconnects). Redis going away is never an error for readers: reads miss,
// writes are skipped, expiries that could not be sent are sent again when it is back, and every server
// drops what it kept in memory once it has reconnected, since Redis itself may have lost notices.
import { randomUUID } from "node:crypto";
import { ioredisAdapter } from "@fortedigital/nextjs-cache-handler/helpers/ioredisAdapter";
import createRedisHandler from "@fortedigital/nextjs-cache-handler/redis-strings";
import { Redis } from "ioredis";
import type { ExpiryNotice, SharedEntry, SharedTier, SharedTierListener } from "@/lib/cache/shared-tier";

export interface RedisTierOptions {
  url: string;
  /** Namespace of every key and of the channel (several sites may share one Redis). */
  keyPrefix?: string;
  /** How long Redis keeps an entry that nothing expired, in seconds. */
  ttlSeconds: number;
  /** Longest wait for one Redis command before the tier behaves as if Redis were away. */
  timeoutMs?: number;
  log?: (message: string) => void;
}

/** The handler's record of when each tag was last expired: its get() compares entries against it. */
const REVALIDATED_TAGS_KEY = "__revalidated_tags__";
const STREAM = "expired";
/** Notices kept in the stream: far more than servers can fall behind by while connected. */
const STREAM_LENGTH = 10_000;

interface Message extends ExpiryNotice {
  origin: string;
}

export function createRedisTier(options: RedisTierOptions): SharedTier {
  const prefix = options.keyPrefix ?? "masthead:cache:";
  const timeoutMs = options.timeoutMs ?? 500;
  const log = options.log ?? ((message: string) => console.warn(message));
  const origin = randomUUID();
  // No offline queue: while Redis is away a command fails at once instead of holding a reader's request.
  const client = new Redis(options.url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: timeoutMs,
  });
  // Blocks on the stream: its own connection, and it waits through outages rather than failing.
  const reader = new Redis(options.url, { maxRetriesPerRequest: null });
  let closed = false;
  const handler = createRedisHandler({
    client: ioredisAdapter(client),
    keyPrefix: prefix,
    timeoutMs,
    // Not "EXAT": the ioredis adapter (3.3.0) calls SET with options unbound from its client, and fails.
    keyExpirationStrategy: "EXPIREAT",
  });
  /** Expiries Redis did not take, merged, sent again once it is back. */
  const unsent = { tags: new Set<string>(), writeMark: undefined as string | undefined };
  let down = false;

  const failed = (what: string, error: unknown) => {
    if (down) return;
    down = true;
    log(
      `[cache] shared cache unreachable (${what}: ${error instanceof Error ? error.message : String(error)}); serving from this server's memory`,
    );
  };
  const ready = () => client.status === "ready";

  // Without listeners ioredis would print every failed reconnection.
  client.on("error", (error: unknown) => failed("connection", error));
  reader.on("error", () => undefined);
  client.on("ready", () => {
    if (down) log("[cache] shared cache reachable again");
    down = false;
    if (unsent.tags.size > 0) void send({ tags: [...unsent.tags], writeMark: unsent.writeMark });
  });

  async function send(notice: ExpiryNotice): Promise<void> {
    if (notice.tags.length === 0) return;
    try {
      if (!ready()) throw new Error(`connection ${client.status}`);
      const now = Date.now();
      // The handler records times only for Next's implicit tags; recording every tag's makes its get()
      // refuse an entry that a render begun before this expiry writes after it.
      await client.hset(prefix + REVALIDATED_TAGS_KEY, Object.fromEntries(notice.tags.map((tag) => [tag, now])));
      for (const tag of notice.tags) await handler.revalidateTag(tag);
      const message: Message = { origin, tags: notice.tags, writeMark: notice.writeMark };
      await client.xadd(prefix + STREAM, "MAXLEN", "~", STREAM_LENGTH, "*", "notice", JSON.stringify(message));
      for (const tag of notice.tags) unsent.tags.delete(tag);
    } catch (error) {
      for (const tag of notice.tags) unsent.tags.add(tag);
      unsent.writeMark = notice.writeMark ?? unsent.writeMark;
      failed("expire", error);
    }
  }

  /** Reads the stream from its newest notice at start, then every notice after the last one read. */
  async function follow(listener: SharedTierListener): Promise<void> {
    const key = prefix + STREAM;
    let last: string | undefined;
    while (!closed) {
      try {
        last ??= (await reader.xrevrange(key, "+", "-", "COUNT", 1))[0]?.[0] ?? "0-0";
        const streams = await reader.xread("BLOCK", 5_000, "STREAMS", key, last);
        for (const [, notices] of streams ?? []) {
          for (const [id, fields] of notices) {
            last = id;
            const message = parseMessage(fields[1] ?? "");
            if (message && message.origin !== origin) listener.onExpire(message);
          }
        }
      } catch {
        if (!closed) await new Promise((resolve) => setTimeout(resolve, 250));
      }
    }
  }

  return {
    async get(key, implicitTags) {
      if (!ready()) return null;
      try {
        const value = await handler.get(key, { implicitTags });
        if (!value) return null;
        const stored = value as unknown as SharedEntry;
        return {
          lastModified: stored.lastModified,
          value: stored.value,
          cacheControl: stored.cacheControl,
          tags: [...value.tags],
        };
      } catch (error) {
        failed("get", error);
        return null;
      }
    },

    async set(key, entry) {
      if (!ready()) return;
      const now = Math.floor(Date.now() / 1000);
      try {
        await handler.set(key, {
          ...entry,
          lifespan: {
            lastModifiedAt: Math.floor(entry.lastModified / 1000),
            staleAt: now + options.ttlSeconds,
            expireAt: now + options.ttlSeconds,
            staleAge: options.ttlSeconds,
            expireAge: options.ttlSeconds,
            revalidate: entry.cacheControl?.revalidate,
          },
        } as unknown as Parameters<typeof handler.set>[1]);
      } catch (error) {
        failed("set", error);
      }
    },

    expire: send,

    listen(listener: SharedTierListener) {
      let readyOnce = false;
      reader.on("ready", () => {
        if (readyOnce) listener.onResync();
        readyOnce = true;
      });
      void follow(listener);
    },

    async close() {
      closed = true;
      reader.disconnect();
      client.disconnect();
    },
  };
}

function parseMessage(raw: string): Message | undefined {
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== "object" || value === null) return undefined;
    const { origin, tags, writeMark } = value as Record<string, unknown>;
    if (typeof origin !== "string" || !Array.isArray(tags) || !tags.every((tag) => typeof tag === "string"))
      return undefined;
    return { origin, tags, writeMark: typeof writeMark === "string" ? writeMark : undefined };
  } catch {
    return undefined;
  }
}
