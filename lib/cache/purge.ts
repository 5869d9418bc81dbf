// Tells edge caches that keep public pages for long (a CDN, Varnish) what changed: after every write
// that expires cache tags, the same names go out as surrogate keys to each CACHE_PURGE_URLS receiver,
// as `PURGE <url>` with a `Surrogate-Key: key1 key2` header. A purge that fails is logged and retried
// with back-off; it never fails or delays the write that caused it.
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
}

const DEFAULT_RETRIES = [500, 1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 60_000];

export function createPurger(options: PurgeOptions): (tags: readonly string[]) => void {
  const { urls, batchMs = 25, retryDelaysMs = DEFAULT_RETRIES, timeoutMs = 5_000 } = options;
  const send = options.fetch ?? fetch;
  const log = options.log ?? ((message: string) => console.error(message));
  let pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;

  async function deliver(url: string, keys: string[], attempt: number): Promise<void> {
    let problem: string;
    try {
      const response = await send(url, {
        method: "PURGE",
        headers: { "Surrogate-Key": keys.join(" ") },
        signal: AbortSignal.timeout(timeoutMs),
      });
      if (response.ok) return;
      problem = `HTTP ${response.status}`;
    } catch (error) {
      problem = error instanceof Error ? error.message : String(error);
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
