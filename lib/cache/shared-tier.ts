// The cache several app servers share, behind each server's own memory (lib/cache/store.ts). With it,
// a page rendered on one server is served by the others, and an expiry on one reaches all of them.
import type { StoredEntry } from "@/lib/cache/entries";

/** What a server tells the others when it expires tags (and the write that caused it, if replicas read). */
export interface ExpiryNotice {
  tags: string[];
  /** The primary's WAL position after the write (lib/db-replicas.ts), so that no server reads older data. */
  writeMark?: string;
}

export interface SharedEntry extends StoredEntry {
  tags: string[];
}

export interface SharedTierListener {
  /** Another server expired these tags. */
  onExpire(notice: ExpiryNotice): void;
  /** Notices may have been missed (the connection was lost): nothing kept locally can be trusted. */
  onResync(): void;
}

export interface SharedTier {
  /** The entry, or null when it is absent, expired, or the shared cache cannot be reached. */
  get(key: string, implicitTags: string[]): Promise<SharedEntry | null>;
  set(key: string, entry: SharedEntry): Promise<void>;
  /** Drops the shared entries under these tags, then tells the other servers. */
  expire(notice: ExpiryNotice): Promise<void>;
  listen(listener: SharedTierListener): void;
  close(): Promise<void>;
}
