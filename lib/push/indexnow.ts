// IndexNow (Bing, Yandex, Seznam, Naver …; https://www.indexnow.org/documentation): one JSON POST names
// up to 10,000 changed URLs of one host; the engine fetches `keyLocation` to check the site owns the key.
import { acceptedOrThrow, send } from "@/lib/push/answer";

export const INDEXNOW_BATCH = 10_000;

export interface IndexNowSubmission {
  endpoint: string;
  siteUrl: string;
  key: string;
  urls: readonly string[];
  fetch?: typeof fetch;
  timeoutMs?: number;
}

/** The key file's address: at the site root, as engines look for it when no keyLocation is given. */
export const indexNowKeyLocation = (siteUrl: string, key: string) => `${siteUrl}/${key}.txt`;

export function indexNowBody(siteUrl: string, key: string, urls: readonly string[]) {
  return { host: new URL(siteUrl).host, key, keyLocation: indexNowKeyLocation(siteUrl, key), urlList: [...urls] };
}

/** 200 and 202 are acceptance; 400, 403, 422 and 429 are refusals the queue retries and shows. */
export async function submitIndexNow({
  endpoint,
  siteUrl,
  key,
  urls,
  fetch: fetcher = fetch,
  timeoutMs = 10_000,
}: IndexNowSubmission) {
  const answers = [];
  for (let start = 0; start < urls.length; start += INDEXNOW_BATCH) {
    const batch = urls.slice(start, start + INDEXNOW_BATCH);
    answers.push(
      await send(
        fetcher,
        endpoint,
        {
          method: "POST",
          headers: { "Content-Type": "application/json; charset=utf-8" },
          body: JSON.stringify(indexNowBody(siteUrl, key, batch)),
        },
        timeoutMs,
      ),
    );
  }
  return acceptedOrThrow(answers);
}
