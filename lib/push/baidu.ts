// Baidu's link submission API (普通收录 · API提交, https://ziyuan.baidu.com/linksubmit): a POST of
// newline-separated URLs to `urls?site=<site>&token=<token>`. It answers 200 with
// `{"success":N,"remain":M,"not_same_site":[…],"not_valid":[…]}` or 4xx with `{"error":…,"message":…}`.
import { acceptedOrThrow, send, type PushAnswer } from "@/lib/push/answer";

export interface BaiduSubmission {
  endpoint: string;
  siteUrl: string;
  token: string;
  urls: readonly string[];
  fetch?: typeof fetch;
  timeoutMs?: number;
}

/** Baidu takes at most 2,000 URLs a request. */
export const BAIDU_BATCH = 2_000;

export function baiduPushUrl(endpoint: string, siteUrl: string, token: string): string {
  const url = new URL(endpoint);
  url.searchParams.set("site", siteUrl);
  url.searchParams.set("token", token);
  return url.toString();
}

/** A 200 that lists URLs as not valid or not of this site is a refusal too: they were not taken. */
function refusedInside(answer: PushAnswer): PushAnswer {
  if (answer.status !== 200) return answer;
  try {
    const parsed: unknown = JSON.parse(answer.body);
    const lists = parsed && typeof parsed === "object" ? (parsed as Record<string, unknown>) : {};
    const rejected = [lists.not_same_site, lists.not_valid].some((list) => Array.isArray(list) && list.length > 0);
    return rejected ? { ...answer, status: 422 } : answer;
  } catch {
    return answer;
  }
}

export async function pushToBaidu({
  endpoint,
  siteUrl,
  token,
  urls,
  fetch: fetcher = fetch,
  timeoutMs = 10_000,
}: BaiduSubmission) {
  const target = baiduPushUrl(endpoint, siteUrl, token);
  const answers: PushAnswer[] = [];
  for (let start = 0; start < urls.length; start += BAIDU_BATCH) {
    const body = urls.slice(start, start + BAIDU_BATCH).join("\n");
    const answer = await send(
      fetcher,
      target,
      { method: "POST", headers: { "Content-Type": "text/plain" }, body },
      timeoutMs,
    );
    // The token is a secret: answers are logged and stored, so they name the endpoint without it.
    answers.push(refusedInside({ ...answer, url: endpoint }));
  }
  return acceptedOrThrow(answers);
}
