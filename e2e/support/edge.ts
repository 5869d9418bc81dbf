import { expect, type APIRequestContext } from "@playwright/test";

/**
 * How long a change may take to show through the shipped nginx: the app lets shared caches keep a
 * response for 1 s (`s-maxage=1`, counted in nginx's whole seconds, so never more), then the first
 * reader after that triggers one background render, and we look every 50 ms.
 */
export const EDGE_FRESHNESS_MS = 1_500;

/** Waits until the response at `url` passes `check`, for at most `timeout` ms. */
export async function eventually(
  request: APIRequestContext,
  url: string,
  check: (status: number, body: string) => boolean,
  timeout = EDGE_FRESHNESS_MS,
): Promise<void> {
  await expect
    .poll(
      async () => {
        const response = await request.get(url, { maxRedirects: 0 });
        return check(response.status(), await response.text());
      },
      { timeout, intervals: [50] },
    )
    .toBe(true);
}

/** Asks for these addresses through the edge so that it holds a copy of each before a change. */
export async function warm(request: APIRequestContext, urls: string[]): Promise<void> {
  for (const url of urls) await request.get(url, { maxRedirects: 0 });
}
