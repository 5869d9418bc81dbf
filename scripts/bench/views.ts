// npm run bench -- --views: what counting views costs the warm article page. In one run, against one
// server: the page alone; the page with one beacon per page view (every second request of the same wrk
// connections is POST /api/views, each from a "new reader" (another X-Forwarded-For address, the server
// trusting one proxy hop, as behind the shipped nginx), so none is deduplicated); the same with a
// bot's user agent (a beacon answered but not counted: the cost of the request itself); the page alone
// again, to show how much the machine's noise moves the figures. Printed, never asserted.
import { runWrk, type LoadResult } from "./wrk";

const BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
const BOT = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)";

/** Every second request a beacon; `distinct`: each from another reader (address), as behind an edge. */
function alternating(page: string, articleId: number, agent: string, distinct = true): string {
  return `local n = 0
request = function()
  n = n + 1
  if n % 2 == 1 then return wrk.format("GET", "${page}") end
  return wrk.format("POST", "/api/views?article=${articleId}",
    { ["User-Agent"] = "${agent}", ["Sec-Fetch-Site"] = "same-origin",
      ["X-Forwarded-For"] = ${distinct ? '"10." .. (math.floor(n / 65536) % 256) .. "." .. (math.floor(n / 256) % 256) .. "." .. (n % 256)' : '"10.0.0.1"'} }, "")
end`;
}

export interface ViewsBenchRow {
  name: string;
  /** Article page views served per second (requests that were pages). */
  pageRps: number;
  result: LoadResult;
}

export async function benchViews(options: {
  base: string;
  page: string;
  articleId: number;
  connections: number;
  seconds: number;
}): Promise<{ rows: ViewsBenchRow[]; lines: string[] }> {
  const { base, page, articleId, connections, seconds } = options;
  const run = async (requestLua?: string) => {
    await runWrk({ url: base, connections, seconds: 1, paths: [page], requestLua });
    return runWrk({ url: base, connections, seconds, paths: [page], requestLua });
  };
  // Until the page is served from the cache and the counter has taken a first beacon: a server's first
  // seconds (opening the database, the first render) are not what is measured.
  for (let tries = 0; tries < 60; tries += 1) {
    const response = await fetch(`${base}${page}`);
    await response.arrayBuffer();
    if (response.headers.get("x-nextjs-cache") === "HIT") break;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await fetch(`${base}/api/views?article=${articleId}`, { method: "POST", headers: { "user-agent": BROWSER } });
  await runWrk({ url: base, connections, seconds: 3, paths: [page] });
  const rows: ViewsBenchRow[] = [];
  const alone1 = await run();
  rows.push({ name: "page alone", pageRps: alone1.rps, result: alone1 });
  const bot = await run(alternating(page, articleId, BOT));
  rows.push({ name: "page + beacon (bot, not counted)", pageRps: bot.rps / 2, result: bot });
  const counted = await run(alternating(page, articleId, BROWSER));
  rows.push({ name: "page + beacon (counted)", pageRps: counted.rps / 2, result: counted });
  const repeat = await run(alternating(page, articleId, BROWSER, false));
  rows.push({ name: "page + beacon (one reader, deduplicated)", pageRps: repeat.rps / 2, result: repeat });
  const alone2 = await run();
  rows.push({ name: "page alone, again", pageRps: alone2.rps, result: alone2 });
  const alone = (alone1.rps + alone2.rps) / 2;
  const percent = (value: number) => `${(value * 100).toFixed(1)} %`;
  const lines = rows.map(
    (row) =>
      `${row.name.padEnd(34)} ${row.pageRps.toFixed(0).padStart(7)} pages/s (${row.result.rps.toFixed(0)} req/s, p99 ${row.result.p99.toFixed(2)} ms, errors ${row.result.errors})`,
  );
  const withBeacon = counted.rps / 2;
  const withBot = bot.rps / 2;
  lines.push(
    `page with beacons / page alone: ${(withBeacon / alone).toFixed(3)} (the counter costs ${percent(1 - withBeacon / alone)} of page throughput; target < 5 %)`,
    `counting itself (counted vs bot beacons, same requests): ${percent(1 - withBeacon / withBot)}`,
    `noise: the two page-alone runs differ by ${percent(Math.abs(alone1.rps - alone2.rps) / alone)}`,
  );
  return { rows, lines };
}
