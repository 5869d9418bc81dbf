// Tells edge caches that keep public pages for long (a CDN, Varnish) what changed: after every write
// that expires cache tags, the same names go out as surrogate keys to each CACHE_PURGE_URLS receiver,
// as `PURGE <url>` with a `Surrogate-Key: key1 key2` header. The first try is made at once from this
// process (a purge must be quick to matter); one that fails is logged and handed to the job queue
// (lib/cache/purge-job.ts), which retries it with back-off and keeps it through a restart. Without a
// queue (unit tests, or the queue unreachable) it is retried in memory. It never fails or delays the
// write that caused it.
import { isPublicTag } from "@/lib/content/tags";

export interface PurgeOptions {
  urls: readonly string[];
  /** Keys that arrive within this window go out in one request per receiver. */
  batchMs?: number;
  /** Waits before each retry of a failed request; its length is the number of retries. */
  retryDelaysMs?: readonly number[];
  timeoutMs?: number;
  fetch?: typeof fetch;
  log?: (message: string) => void;
  /** Takes over a purge whose first try failed (queues a durable job); a rejection falls back to in-memory retries. */
  handOff?: (url: string, keys: string[]) => Promise<void>;
}

const DEFAULT_RETRIES = [500, 1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 60_000];

/** One PURGE request; the problem in words, or null when the receiver took it. */
export async function purgeRequest(
  send: typeof fetch,
  url: string,
  keys: readonly string[],
  timeoutMs: number,
): Promise<string | null> {
  try {
    const response = await send(url, {
      method: "PURGE",
      headers: { "Surrogate-Key": keys.join(" ") },
      signal: AbortSignal.timeout(timeoutMs),
    });
    return response.ok ? null : `HTTP ${response.status}`;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

export function createPurger(options: PurgeOptions): (tags: readonly string[]) => void {
  const { urls, batchMs = 25, retryDelaysMs = DEFAULT_RETRIES, timeoutMs = 5_000 } = options;
  const send = options.fetch ?? fetch;
  const log = options.log ?? ((message: string) => console.error(message));
  let pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;

  async function deliver(url: string, keys: string[], attempt: number): Promise<void> {
    const problem = await purgeRequest(send, url, keys, timeoutMs);
    if (problem === null) return;
    if (attempt === 0 && options.handOff) {
      try {
        await options.handOff(url, keys);
        log(`[purge] ${url} refused keys ${keys.join(" ")}: ${problem}; queued for retry`);
        return;
      } catch (error) {
        log(`[purge] could not queue the retry (${error instanceof Error ? error.message : String(error)})`);
      }
    }
    const delay = retryDelaysMs[attempt];
    log(
      `[purge] ${url} refused keys ${keys.join(" ")}: ${problem}; ${delay === undefined ? "giving up" : `retrying in ${delay} ms`}`,
    );
    if (delay !== undefined) setTimeout(() => void deliver(url, keys, attempt + 1), delay).unref();
  }

  function flush(): void {
    timer = undefined;
    const keys = [...pending].sort();
    pending = new Set();
    for (const url of urls) void deliver(url, keys, 0);
  }

  return (tags) => {
    if (urls.length === 0) return;
    for (const tag of tags) if (isPublicTag(tag)) pending.add(tag);
    if (pending.size > 0) timer ??= setTimeout(flush, batchMs).unref();
  };
}
