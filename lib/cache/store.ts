// The memory behind Next's incremental cache (pages, route handlers and `unstable_cache` data), used
// through lib/cache/next-cache-handler.mjs. It differs from Next's default handler in three ways:
// - it never reads the build's output, so nothing rendered at build time is ever served;
// - entries expire by tag here, at once, and each expiry is reported (the edge purge listens);
// - responses are decorated for shared caches on their way in (lib/cache/response-policy.ts).
import {
  entrySize,
  isDataEntry,
  isResponseEntry,
  responseTags,
  type CachedValue,
  type GetContext,
  type SetContext,
  type StoredEntry,
} from "@/lib/cache/entries";
import { ByteLru } from "@/lib/cache/lru";
import { decorateResponse, type SharedCachePolicy } from "@/lib/cache/response-policy";
import type { ExpiryNotice, SharedTier } from "@/lib/cache/shared-tier";

export interface ResponseStoreOptions {
  maxBytes: number;
  policy: SharedCachePolicy;
  /** Told the tags that just expired, after the store has dropped what they cover (more: subscribe()). */
  onExpire?: (tags: string[]) => void;
  /** The cache shared with other servers (Redis), behind this server's memory; unset: this server alone. */
  shared?: SharedTier;
  /** Called before an expiry takes effect; what it returns travels with the expiry to the other servers. */
  markWrite?: () => Promise<string | undefined>;
  /** Told the mark of another server's expiry before that expiry takes effect here. */
  onRemoteWrite?: (mark: string) => void;
  now?: () => number;
}

export interface CacheStats {
  hits: number;
  misses: number;
  entries: number;
  bytes: number;
}

interface Record {
  entry: StoredEntry;
  tags: string[];
}

/** Renders in flight are few; this only bounds the bookkeeping of renders that never finished. */
const MAX_PENDING = 10_000;

export class ResponseStore {
  private readonly lru: ByteLru<Record>;
  /** When each tag last expired (ms). An entry written before that is gone. */
  private readonly expiredAt = new Map<string, number>();
  /**
   * When a render of each key began (the miss, or the stale hit, that led to it). The entry it writes
   * is dated from then, so a write that expired its tags while it was rendering still expires it.
   */
  private readonly pending = new Map<string, number>();
  private readonly now: () => number;
  private readonly listeners = new Set<(tags: string[] | "all") => void>();
  readonly stats = { hits: 0, misses: 0, sharedHits: 0 };

  constructor(private readonly options: ResponseStoreOptions) {
    this.lru = new ByteLru<Record>(options.maxBytes, (record, key) => entrySize(record.entry, key));
    this.now = options.now ?? Date.now;
    options.shared?.listen({
      onExpire: (notice) => this.expireFromElsewhere(notice),
      onResync: () => this.forgetAll(),
    });
  }

  async get(key: string, ctx: GetContext): Promise<StoredEntry | null> {
    const asked = [...(ctx.tags ?? []), ...(ctx.softTags ?? [])];
    let record = this.lru.get(key);
    if (record && this.expiredSince([...record.tags, ...asked], record.entry.lastModified)) {
      this.lru.delete(key);
      record = undefined;
    }
    record ??= await this.fromShared(key, ctx, asked);
    if (!record) {
      this.stats.misses += 1;
      this.renderBegins(key);
      return null;
    }
    this.stats.hits += 1;
    if (this.pastRevalidate(record.entry)) this.renderBegins(key);
    return record.entry;
  }

  /** Another server's render of this key, kept here from now on (unless an expiry known here covers it). */
  private async fromShared(key: string, ctx: GetContext, asked: string[]): Promise<Record | undefined> {
    const shared = this.options.shared;
    if (!shared) return undefined;
    const found = await shared.get(key, ctx.softTags ?? []);
    if (!found || this.expiredSince([...found.tags, ...asked], found.lastModified)) return undefined;
    const record: Record = {
      entry: { lastModified: found.lastModified, value: found.value, cacheControl: found.cacheControl },
      tags: found.tags,
    };
    this.lru.set(key, record);
    this.stats.sharedHits += 1;
    return record;
  }

  async set(key: string, value: CachedValue | null, ctx: SetContext): Promise<void> {
    const renderedSince = this.pending.get(key) ?? this.now();
    this.pending.delete(key);
    let tags: string[] = [];
    if (isResponseEntry(value)) {
      decorateResponse(value, this.options.policy);
      // A missing page is answered fresh each time: unknown addresses are unbounded, and must not
      // push readers' pages out of memory.
      if (value.status === 404) return void this.lru.delete(key);
      tags = responseTags(value);
    } else if (isDataEntry(value)) {
      tags = [...new Set([...(value.tags ?? []), ...(ctx.tags ?? [])])];
    }
    const entry: StoredEntry = { lastModified: renderedSince, value, cacheControl: ctx.cacheControl };
    this.lru.set(key, { entry, tags });
    await this.options.shared?.set(key, { ...entry, tags });
  }

  async revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void> {
    const list = typeof tags === "string" ? [tags] : tags;
    if (list.length === 0) return;
    // Before the expiry: a render it lets begin must already read data at least as new as the write.
    const writeMark = await this.options.markWrite?.();
    const at = this.now() + (durations?.expire ?? 0) * 1000;
    for (const tag of list) this.expiredAt.set(tag, at);
    this.options.onExpire?.(list);
    for (const listener of this.listeners) listener(list);
    await this.options.shared?.expire({ tags: list, writeMark });
  }

  /**
   * Calls `listener` with the tags of every expiry from now on, here or on another server, and with
   * "all" when everything kept was dropped; returns the way to stop.
   */
  subscribe(listener: (tags: string[] | "all") => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  snapshot(): CacheStats {
    return { ...this.stats, entries: this.lru.size, bytes: this.lru.bytes };
  }

  clear(): void {
    this.lru.clear();
    this.expiredAt.clear();
    this.pending.clear();
  }

  /** The edge was purged by the server that made the change; here only memory is dropped. */
  private expireFromElsewhere(notice: ExpiryNotice): void {
    if (notice.writeMark) this.options.onRemoteWrite?.(notice.writeMark);
    const at = this.now();
    for (const tag of notice.tags) this.expiredAt.set(tag, at);
    for (const listener of this.listeners) listener(notice.tags);
  }

  private forgetAll(): void {
    this.lru.clear();
    for (const listener of this.listeners) listener("all");
  }

  private renderBegins(key: string): void {
    if (this.pending.has(key)) return;
    if (this.pending.size >= MAX_PENDING) this.pending.clear();
    this.pending.set(key, this.now());
  }

  private pastRevalidate(entry: StoredEntry): boolean {
    const revalidate = entry.cacheControl?.revalidate;
    return typeof revalidate === "number" && entry.lastModified + revalidate * 1000 <= this.now();
  }

  private expiredSince(tags: string[], writtenAt: number): boolean {
    const now = this.now();
    return tags.some((tag) => {
      const at = this.expiredAt.get(tag);
      return at !== undefined && at >= writtenAt && at <= now;
    });
  }
}
