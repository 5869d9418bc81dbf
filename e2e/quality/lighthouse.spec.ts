// Lighthouse on the article page of the production build, in Debian's Chromium: accessibility, best
// practices and SEO must score at least 0.95. Performance is measured by `npm run bench`, not here.
import { launch } from "chrome-launcher";
import lighthouse from "lighthouse";
import { expect, test } from "../support/test";
import { chromiumPath, E2E_BASE_URL } from "../support/config";
import { qualityPages } from "./pages";

test("the article page scores ≥ 0.95 for accessibility, best practices and SEO", async ({ request }) => {
  test.setTimeout(180_000);
  const { article } = await qualityPages(request);
  const chrome = await launch({
    chromePath: chromiumPath(),
    chromeFlags: [
      "--headless=new",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  });
  try {
    const result = await lighthouse(`${E2E_BASE_URL}${article}`, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["accessibility", "best-practices", "seo"],
    });
    const categories = result?.lhr.categories ?? {};
    const scores = Object.fromEntries(Object.entries(categories).map(([id, category]) => [id, category.score]));
    const failing = Object.values(result?.lhr.audits ?? {})
      .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === "binary")
      .map((audit) => audit.id);
    console.log("Lighthouse", JSON.stringify(scores), failing.length ? `failing audits: ${failing.join(", ")}` : "");
    for (const id of ["accessibility", "best-practices", "seo"])
      expect(scores[id] ?? 0, `${id} (${failing.join(", ")})`).toBeGreaterThanOrEqual(0.95);
  } finally {
    chrome.kill();
  }
});
