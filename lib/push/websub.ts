// WebSub (W3C Recommendation, 2018) publishing: tells the hub which feeds changed, so subscribers get
// the new items within seconds instead of at their next poll. The spec leaves the publish request to
// hubs; every public hub (Google's, Superfeedr, WebSub.rocks) takes `hub.mode=publish` with `hub.url`.
import { acceptedOrThrow, send, type PushAnswer } from "@/lib/push/answer";

export interface HubPing {
  hubUrl: string;
  feedUrls: readonly string[];
  fetch?: typeof fetch;
  timeoutMs?: number;
}

/** One publish ping per feed (hubs differ in how many `hub.url` they accept in one request). */
export async function pingHub({ hubUrl, feedUrls, fetch: fetcher = fetch, timeoutMs = 10_000 }: HubPing) {
  const answers: PushAnswer[] = [];
  for (const feedUrl of feedUrls) {
    const body = new URLSearchParams({ "hub.mode": "publish", "hub.url": feedUrl });
    const answer = await send(
      fetcher,
      hubUrl,
      { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded" }, body },
      timeoutMs,
    );
    answers.push({ ...answer, url: feedUrl });
  }
  return acceptedOrThrow(answers);
}

/** The `Link` header a feed response carries when a hub is configured (WebSub §4). */
export function hubLinkHeader(hubUrl: string, selfUrl: string): string {
  return `<${hubUrl}>; rel="hub", <${selfUrl}>; rel="self"`;
}
