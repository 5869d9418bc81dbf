// Views counted from the requests for article pages themselves, as whoever serves them logs them: this
// server when nothing is in front (VIEWS_SOURCE=server, lib/server/http-server.ts), or the edge's access
// log (VIEWS_SOURCE=edge-log, lib/views/edge-log.ts). No second request per view, nothing in the page:
// the cached bytes are the same for every reader. Ids that name no visible article are dropped at the
// flush (lib/views/flush.ts).
import { agentNumber, readerAgent, type HeaderBag } from "@/lib/views/bot-filter";
import type { BeaconCounter } from "@/lib/views/beacon";
import type { Drained } from "@/lib/views/tally";
import { parseId } from "@/lib/validations/ids";

const ARTICLE_PATH = /^\/articles\/([1-9]\d{0,9})\/?$/;

/** The article a page address shows (`/articles/<id>`, query ignored), or null for any other address. */
export function articlePageId(url: string): number | null {
  // Fast refusal first: most requests are not article pages.
  if (!url.startsWith("/articles/")) return null;
  const query = url.indexOf("?");
  let path = query < 0 ? url : url.slice(0, query);
  if (path.includes("%")) {
    try {
      path = decodeURIComponent(path);
    } catch {
      return null;
    }
  }
  const match = ARTICLE_PATH.exec(path);
  return match?.[1] ? parseId(match[1]) : null;
}

/** Only a page the reader got counts: the page itself, or "unchanged" to a browser that holds it. */
export const isShownStatus = (status: number): boolean => status === 200 || status === 304;

export interface PageView {
  articleId: number;
  /** The reader's address and user agent: one view per window (lib/views/recent-readers.ts). */
  address: string;
  userAgent: string;
  /** When, in epoch milliseconds. */
  at: number;
}

/** Adds one view to the tally unless the same reader saw the article within the dedupe window. */
export function countView(view: PageView, counter: BeaconCounter): boolean {
  if (counter.recent.isRepeat(view.articleId, view.address, agentNumber(view.userAgent), view.at)) return false;
  return addView(counter, view.articleId, view.at);
}

/** One new reader's view in the tally, in its day and hour; false when the tally is full. */
function addView(counter: BeaconCounter, articleId: number, at: number): boolean {
  const { day, hour } = counter.clock.at(at);
  return counter.tally.add(articleId, day, hour);
}

/** The time a counter counts in: its test clock, or now. */
export const counterNow = (counter: BeaconCounter): number => counter.now?.().getTime() ?? Date.now();

export interface AnsweredResponse {
  statusCode: number;
  /** True once the response has been ended (the hot cache answers before this is called). */
  writableEnded: boolean;
  once(event: "finish", listener: () => void): unknown;
}

/**
 * VIEWS_SOURCE=server: counts a reader's GET of an article page once its response has ended 200 or 304
 * (HEAD, bots, prefetches and requests without a user agent are not reads). Every other request costs
 * a method and prefix test; an article request a cached user-agent verdict. A response already ended
 * (the hot cache's, under load nearly all of them) is queued at once, without a listener on it; the
 * queue is settled into the tally when it fills and before every flush (settleViews).
 */
export function countWhenAnswered(
  request: { method?: string; pathname: string; headers: HeaderBag; address: string },
  response: AnsweredResponse,
  counter: BeaconCounter,
): void {
  if (request.method !== "GET") return;
  const articleId = articlePageId(request.pathname);
  if (articleId === null) return;
  const agent = readerAgent(request.headers);
  if (agent < 0) return;
  const { address } = request;
  if (response.writableEnded) countIfShown(response, articleId, address, agent, counter);
  else response.once("finish", () => countIfShown(response, articleId, address, agent, counter));
}

function countIfShown(
  response: AnsweredResponse,
  articleId: number,
  address: string,
  agent: number,
  counter: BeaconCounter,
) {
  if (!isShownStatus(response.statusCode)) return;
  // Looked up in batches (lib/views/recent-readers.ts): counted when the queue fills or is flushed.
  if (counter.recent.defer(articleId, address, agent, counterNow(counter))) settleViews(counter);
}

/** Counts the views deferred by countWhenAnswered; the flush calls it before it drains the tally. */
export function settleViews(counter: BeaconCounter): void {
  counter.recent.settle((articleId, at) => addView(counter, articleId, at));
}

/** Everything counted so far, deferred views included, and a fresh tally (what a flush writes). */
export function drainViews(counter: BeaconCounter): Drained {
  settleViews(counter);
  return counter.tally.drain();
}
