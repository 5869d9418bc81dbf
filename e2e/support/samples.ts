// Sample values for the route parameters (e2e/support/routes.ts), read off the demo site's own pages.
import type { APIRequestContext } from "@playwright/test";
import type { Samples } from "./routes";

export async function routeSamples(request: APIRequestContext): Promise<Samples> {
  const home = await (await request.get("/")).text();
  const article = Number(/href="\/articles\/(\d+)"/.exec(home)?.[1]);
  const page = await (await request.get(`/articles/${article}`)).text();
  return {
    article,
    person: Number(/href="\/people\/(\d+)"/.exec(page)?.[1]),
    section: decodeURIComponent(/href="\/sections\/([^"/]+)"/.exec(home)?.[1] ?? ""),
    tag: decodeURIComponent(/href="\/tags\/([^"/]+)"/.exec(page)?.[1] ?? ""),
    cursor: `${Date.parse("2100-01-01T00:00:00Z")}-1`,
    token: "not-a-valid-token",
  };
}
