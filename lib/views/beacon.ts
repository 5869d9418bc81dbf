// POST /api/views?article=<id>: the beacon public/views.js sends once a reader sees an article, with
// VIEWS_SOURCE=beacon only (a CDN whose logs cannot be read; otherwise views are counted from the page
// requests themselves, lib/views/page-view.ts, and this address is 404). It is
// answered here, in memory, before Next's router (lib/server/http-server.ts; app/api/views/route.ts is
// the same answer for `next dev`): no rendering, no database. Counts are written in batches
// (lib/views/flush.ts), which is also where an id that names no visible article is dropped.
import { isReaderBeacon, type HeaderBag } from "@/lib/views/bot-filter";
import type { BucketClock } from "@/lib/views/buckets";
import type { RecentReaders } from "@/lib/views/recent-readers";
import type { ViewTally } from "@/lib/views/tally";
import { countView, counterNow } from "@/lib/views/page-view";
import { parseId } from "@/lib/validations/ids";

export const VIEWS_PATH = "/api/views";

export interface BeaconRequest {
  method: string;
  /** Path and query, as in the request line. */
  url: string;
  headers: HeaderBag;
  /** The client's address as the server determined it (lib/auth/client-address.ts). */
  address: string;
}

export interface BeaconAnswer {
  status: 204 | 400 | 404 | 405;
  headers: Record<string, string>;
  body?: string;
}

export interface BeaconCounter {
  tally: ViewTally;
  recent: RecentReaders;
  clock: BucketClock;
  now?: () => Date;
}

const NO_STORE = { "Cache-Control": "private, no-store" };
const COUNTED: BeaconAnswer = { status: 204, headers: NO_STORE };
const text = (status: 400 | 405, body: string, extra: Record<string, string> = {}): BeaconAnswer => ({
  status,
  headers: { ...NO_STORE, "Content-Type": "text/plain; charset=utf-8", ...extra },
  body,
});

/** With another VIEWS_SOURCE: no beacon is counted, and none should be sent. */
export const NO_BEACONS: BeaconAnswer = {
  status: 404,
  headers: { ...NO_STORE, "Content-Type": "text/plain; charset=utf-8" },
  body: "Not Found: this site counts views from its page requests, not from a beacon.\n",
};

/** What public/views.js sends; anything else is read parameter by parameter. */
const PLAIN = /^\/api\/views\?article=([1-9]\d{0,9})$/;

/** The article a beacon names, or null: exactly one `article` parameter holding a database id. */
export function beaconArticleId(url: string): number | null {
  const plain = PLAIN.exec(url);
  if (plain) return parseId(plain[1]);
  const query = url.indexOf("?");
  if (query < 0) return null;
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(url.slice(query + 1));
  } catch {
    return null;
  }
  const values = params.getAll("article");
  return values.length === 1 ? parseId(values[0]) : null;
}

/** Answers one beacon and counts it when a reader sent it. Bots get the same 204: nothing to learn. */
export function answerBeacon(request: BeaconRequest, counter: BeaconCounter): BeaconAnswer {
  if (request.method !== "POST") return text(405, "Method Not Allowed: send POST.\n", { Allow: "POST" });
  const articleId = beaconArticleId(request.url);
  if (articleId === null) return text(400, "Bad Request: ?article=<article number> is required.\n");
  if (!isReaderBeacon(request.headers)) return COUNTED;
  const agent = request.headers["user-agent"];
  const userAgent = typeof agent === "string" ? agent : "";
  countView({ articleId, address: request.address, userAgent, at: counterNow(counter) }, counter);
  return COUNTED;
}
