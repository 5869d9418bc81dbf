// Lighthouse performance score of one page, in Debian's Chromium (reported by the benchmark).
import { launch } from "chrome-launcher";
import lighthouse from "lighthouse";
import { chromiumPath } from "../e2e/support/config";

const url = process.argv[2] ?? "http://127.0.0.1:3000/";
const chromePath = chromiumPath();
if (!chromePath) {
  console.log("Lighthouse: skipped, no Chromium found (set CHROMIUM_PATH)");
  process.exit(0);
}
const chrome = await launch({
  chromePath,
  chromeFlags: [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--no-first-run",
  ],
});
try {
  const result = await lighthouse(url, {
    port: chrome.port,
    output: "json",
    logLevel: "error",
    onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
  });
  const lhr = result?.lhr;
  if (lhr) {
    const score = (id: string) => (lhr.categories[id]?.score ?? 0).toFixed(2);
    const metric = (id: string) => lhr.audits[id]?.displayValue ?? "?";
    console.log(`\nLighthouse ${url}`);
    console.log(
      `  performance ${score("performance")}  accessibility ${score("accessibility")}  best-practices ${score("best-practices")}  seo ${score("seo")}`,
    );
    console.log(
      `  FCP ${metric("first-contentful-paint")}  LCP ${metric("largest-contentful-paint")}  TBT ${metric("total-blocking-time")}  CLS ${metric("cumulative-layout-shift")}`,
    );
  }
} finally {
  chrome.kill();
}
