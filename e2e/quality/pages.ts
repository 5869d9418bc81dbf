// The pages the quality gates look at: what readers see most, and the editor where staff spend their day.
import type { APIRequestContext } from "@playwright/test";

export interface QualityPages {
  home: string;
  article: string;
  section: string;
  person: string;
  search: string;
}

/**
 * The demo article (the first one set-up publishes, so /articles/1), a section and a person credited on
 * it. Not the newest article on the home page: which that is depends on the specs that ran before.
 */
export async function qualityPages(request: APIRequestContext): Promise<QualityPages> {
  const home = await (await request.get("/")).text();
  const article = "/articles/1";
  const page = await (await request.get(article)).text();
  const person = /href="(\/people\/\d+)"/.exec(page)?.[1];
  const section = /href="(\/sections\/[^"]+)"/.exec(home)?.[1] ?? /href="(\/sections\/[^"]+)"/.exec(page)?.[1];
  if (!person) throw new Error("the article credits nobody with a page");
  return {
    home: "/",
    article,
    section: section ?? "/sections/news",
    person,
    search: `/search?q=${encodeURIComponent("工商联")}`,
  };
}
