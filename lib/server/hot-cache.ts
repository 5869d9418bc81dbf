// The hottest public responses, kept as bytes in front of Next. A page read a thousand times a second
// (a breaking story) is written straight from memory instead of passing Next's router and response
// cache each time. Only what Next served from its response cache is kept (x-nextjs-cache HIT or MISS,
// public, with surrogate keys), exactly as Next sent it, and it goes when any of its keys expires in
// the response store (lib/cache/store.ts), or after a few seconds, so Next's own lifetimes still rule.
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { ByteLru } from "@/lib/cache/lru";
import { isNotModified } from "@/lib/http/conditional";
import { nginxExpiry } from "@/lib/server/shared-cache";

export interface HotCacheOptions {
  maxBytes: number;
  /** How long a copy is served before Next is asked again (ms). */
  ttlMs: number;
  now?: () => number;
}

interface Copy {
  status: number;
  headers: OutgoingHttpHeaders;
  body: Buffer;
  keys: string[];
  storedAt: number;
}

/** Requests from Next's client router (RSC payloads, prefetches, actions) are not page views. */
const ROUTER_HEADERS = [
  "rsc",
  "next-router-prefetch",
  "next-router-state-tree",
  "next-router-segment-prefetch",
  "next-action",
  "range",
];
const STAFF = /^\/(admin|api|login|preview)(\/|\?|$)/;
/** Set per connection or per response, never replayed from a copy. */
const PER_RESPONSE = new Set(["connection", "keep-alive", "transfer-encoding", "date", "x-accel-expires"]);
const BODY_HEADERS = ["content-length", "content-type", "content-encoding", "transfer-encoding"];

const text = (value: unknown) =>
  typeof value === "string" ? value : Array.isArray(value) ? value.join(", ") : undefined;

/** The copy a request may be answered with: its address and the encoding Next would give it. */
function variantKey(req: IncomingMessage): string | undefined {
  if (req.method !== "GET" && req.method !== "HEAD") return undefined;
  const url = req.url ?? "";
  if (STAFF.test(url) || /[?&]_rsc=/.test(url)) return undefined;
  if (ROUTER_HEADERS.some((name) => req.headers[name] !== undefined)) return undefined;
  const encoding = text(req.headers["accept-encoding"]) ?? "";
  // Next compresses with gzip when asked; a client asking for deflate only is rare and goes to Next.
  if (/\bgzip\b/.test(encoding)) return `gzip ${url}`;
  return /\bdeflate\b/.test(encoding) ? undefined : `identity ${url}`;
}

export class HotCache {
  private readonly copies: ByteLru<Copy>;
  private readonly byKey = new Map<string, Set<string>>();
  /** When each surrogate key last expired: a copy captured before that is never kept. */
  private readonly expiredAt = new Map<string, number>();
  /** When every copy was last dropped: a copy captured before that is never kept either. */
  private clearedAt = -1;
  private readonly now: () => number;
  readonly stats = { hits: 0, stored: 0 };

  constructor(private readonly options: HotCacheOptions) {
    this.copies = new ByteLru<Copy>(
      options.maxBytes,
      (copy, key) => copy.body.length + key.length * 2 + 512,
      (variant, copy) => this.forget(variant, copy),
    );
    this.now = options.now ?? Date.now;
  }

  /** Drops every copy tagged with one of these keys (called on each expiry in the response store). */
  expire(keys: readonly string[]): void {
    const at = this.now();
    for (const key of keys) {
      this.expiredAt.set(key, at);
      for (const variant of this.byKey.get(key) ?? []) this.copies.delete(variant);
      this.byKey.delete(key);
    }
  }

  /** Drops every copy (the response store could no longer trust what it kept). */
  clear(): void {
    this.clearedAt = this.now();
    this.copies.clear();
    this.byKey.clear();
  }

  /** Answers from a copy (returns true), or watches the response Next gives (returns false). */
  handle(req: IncomingMessage, res: ServerResponse): boolean {
    const variant = variantKey(req);
    if (variant === undefined) return false;
    const copy = this.copies.get(variant);
    if (copy && this.now() - copy.storedAt < this.options.ttlMs) {
      this.stats.hits += 1;
      this.send(req, res, copy);
      return true;
    }
    if (req.method === "GET") this.capture(variant, res);
    return false;
  }

  private forget(variant: string, copy: Copy): void {
    for (const key of copy.keys) {
      const variants = this.byKey.get(key);
      variants?.delete(variant);
      if (variants?.size === 0) this.byKey.delete(key);
    }
  }

  get size(): { copies: number; bytes: number } {
    return { copies: this.copies.size, bytes: this.copies.bytes };
  }

  private send(req: IncomingMessage, res: ServerResponse, copy: Copy): void {
    const headers: OutgoingHttpHeaders = { ...copy.headers };
    const expiry = nginxExpiry(text(headers["cache-control"]), this.now());
    if (expiry) headers["x-accel-expires"] = expiry;
    const current = isNotModified(
      { ifNoneMatch: text(req.headers["if-none-match"]), ifModifiedSince: text(req.headers["if-modified-since"]) },
      { etag: text(headers.etag), lastModified: text(headers["last-modified"]) },
    );
    if (current && copy.status === 200) {
      for (const name of BODY_HEADERS) delete headers[name];
      res.writeHead(304, headers).end();
      return;
    }
    res.writeHead(copy.status, headers);
    res.end(req.method === "HEAD" ? undefined : copy.body);
  }

  /** Records what goes out, as it leaves (after compression), and keeps it if it may be replayed. */
  private capture(variant: string, res: ServerResponse): void {
    const began = this.now();
    const chunks: Buffer[] = [];
    const write = res.write.bind(res) as (chunk: unknown, ...rest: unknown[]) => boolean;
    const end = res.end.bind(res) as (chunk?: unknown, ...rest: unknown[]) => ServerResponse;
    const keep = (chunk: unknown, encoding: unknown) => {
      if (typeof chunk === "string")
        chunks.push(Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8"));
      else if (chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk));
    };
    res.write = ((chunk: unknown, ...rest: unknown[]) => {
      keep(chunk, rest[0]);
      return write(chunk, ...rest);
    }) as ServerResponse["write"];
    res.end = ((chunk?: unknown, ...rest: unknown[]) => {
      if (typeof chunk !== "function") keep(chunk, rest[0]);
      const result = end(chunk, ...rest);
      this.store(variant, res, Buffer.concat(chunks), began);
      return result;
    }) as ServerResponse["end"];
  }

  private store(variant: string, res: ServerResponse, body: Buffer, began: number): void {
    const headers = res.getHeaders();
    const keys = (text(headers["surrogate-key"]) ?? "").split(" ").filter(Boolean);
    const fromCache = ["HIT", "MISS"].includes(text(headers["x-nextjs-cache"]) ?? "");
    const status = res.statusCode;
    if (!fromCache || keys.length === 0 || (status !== 200 && status !== 410)) return;
    if (!/\bpublic\b/.test(text(headers["cache-control"]) ?? "")) return;
    // A write during this response expired what it shows: the next request asks Next again.
    if (this.clearedAt >= began || keys.some((key) => (this.expiredAt.get(key) ?? -1) >= began)) return;
    const kept: OutgoingHttpHeaders = {};
    for (const [name, value] of Object.entries(headers)) if (!PER_RESPONSE.has(name)) kept[name] = value;
    kept["content-length"] = body.length;
    kept["x-nextjs-cache"] = "HIT";
    const previous = this.copies.get(variant);
    if (previous) this.forget(variant, previous);
    this.copies.set(variant, { status, headers: kept, body, keys, storedAt: this.now() });
    for (const key of keys) {
      let variants = this.byKey.get(key);
      if (!variants) this.byKey.set(key, (variants = new Set()));
      variants.add(variant);
    }
    this.stats.stored += 1;
  }
}
