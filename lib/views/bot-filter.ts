// Which beacon requests are readers. A bot that runs JavaScript still says so in its user agent (isbot's
// list: crawlers, link previewers, monitors, headless browsers); prefetches and prerenders are not
// reads; a beacon from another site's page is someone inflating counts (a page request from another
// site is a reader following a link, and counts).
import { isbot } from "isbot";

export type HeaderValue = string | string[] | undefined;
export type HeaderBag = Readonly<Record<string, HeaderValue>>;

const PURPOSE_HEADERS = ["sec-purpose", "purpose", "x-moz"] as const;
const SPECULATIVE = /\b(prefetch|prerender)\b/i;

const first = (value: HeaderValue): string | undefined => (Array.isArray(value) ? value[0] : value);

/**
 * Headers browsers send on speculative loads (Chromium, Safari: Sec-Purpose/Purpose; Firefox: X-Moz),
 * and Next's router on the prefetches of the links in view (a click's own request lacks it, and counts).
 */
function isSpeculative(headers: HeaderBag): boolean {
  if (first(headers["next-router-prefetch"])) return true;
  // A browser's ordinary request has none of these: nothing to test, nothing built.
  for (const name of PURPOSE_HEADERS) {
    const purpose = first(headers[name]);
    if (purpose && SPECULATIVE.test(purpose)) return true;
  }
  return false;
}

// Readers share a few thousand user-agent strings, and isbot's one large pattern takes microseconds
// to rule a browser out: each string is judged once, and given a number that stands for it in the
// dedupe keys (short keys hash faster than a 120-character string). Cleared when full, so memory stays
// bounded; numbers are never reused, so a key never means another browser.
const MAX_AGENTS = 5_000;
const BOT = -1;
const judged = new Map<string, number>();
let nextAgent = 0;

/** A number for a browser's user agent, or -1 for a bot's. */
export function agentNumber(userAgent: string): number {
  let id = judged.get(userAgent);
  if (id === undefined) {
    id = isbot(userAgent) ? BOT : nextAgent++;
    if (judged.size >= MAX_AGENTS) judged.clear();
    judged.set(userAgent, id);
  }
  return id;
}

export function isBotAgent(userAgent: string): boolean {
  return agentNumber(userAgent) === BOT;
}

/**
 * The number of a reader's browser (lib/views/recent-readers.ts), or -1 for a request that is no
 * reader's: no user agent, a bot's, or a speculative load.
 */
export function readerAgent(headers: HeaderBag): number {
  const userAgent = first(headers["user-agent"]);
  if (!userAgent) return BOT;
  const agent = agentNumber(userAgent);
  return agent === BOT || isSpeculative(headers) ? BOT : agent;
}

/** Whether a request for a page is a reader's: a user agent that is no bot's, and no speculative load. */
export function isReaderRequest(headers: HeaderBag): boolean {
  return readerAgent(headers) !== BOT;
}

/** Whether a beacon request should count as a reader's view (its method and address checked elsewhere). */
export function isReaderBeacon(headers: HeaderBag): boolean {
  if (!isReaderRequest(headers)) return false;
  // Browsers that send it say where the request came from; only this site's own pages count.
  const site = first(headers["sec-fetch-site"]);
  return site === undefined || site === "same-origin";
}
