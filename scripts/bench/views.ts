// npm run bench -- --views: what counting views costs the warm article page. In one run, one server at a
// time on the same database, the same wrk load against each:
//   off      VIEWS_SOURCE=off: the page alone, nothing counted (the baseline; off and server run twice,
//            interleaved, since the machine's noise moves one run more than counting does)
//   server   VIEWS_SOURCE=server (the default): every page request counted by the server itself
//   beacon   VIEWS_SOURCE=beacon: every page view followed by its POST /api/views (for contrast)
//   edge     optionally, through the shipped nginx: its views log off vs on with the app tailing it
// Every request is a different reader (another X-Forwarded-For address, the server trusting one proxy
// hop as behind the shipped nginx), so none is deduplicated: each page request is a counted view.
// Printed, never asserted.
import type { Running } from "./processes";
import { viewWorkNs } from "./views-work";
import { runWrk, type LoadResult } from "./wrk";

const BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";

const READER = `["User-Agent"] = "${BROWSER}", ["X-Forwarded-For"] = "10." .. (math.floor(n / 65536) % 256) .. "." .. (math.floor(n / 256) % 256) .. "." .. (n % 256)`;

/** Each request the page, from another reader. */
const pages = (page: string) => `local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", "${page}", { ${READER} })
end`;

/** Every second request the page's beacon, from the reader who just got the page. */
const pagesAndBeacons = (page: string, articleId: number) => `local n = 0
request = function()
  n = n + 1
  if n % 2 == 1 then return wrk.format("GET", "${page}", { ${READER} }) end
  n = n - 1
  local beacon = wrk.format("POST", "/api/views?article=${articleId}", { ${READER}, ["Sec-Fetch-Site"] = "same-origin" }, "")
  n = n + 1
  return beacon
end`;

export type ViewsSource = "off" | "server" | "beacon" | "edge-off" | "edge-log";

export interface ViewsBenchRow {
  name: string;
  /** Article page views served per second (requests that were pages). */
  pageRps: number;
  result: LoadResult;
}

export interface ViewsBenchOptions {
  page: string;
  articleId: number;
  connections: number;
  seconds: number;
  /** Starts what serves the page with views counted this way, and says where to send the load. */
  start: (source: ViewsSource) => Promise<{ base: string; stop: Running["stop"] }>;
  /** Whether to measure the nginx rows too. */
  edge: boolean;
}

async function warm(base: string, page: string): Promise<void> {
  // Until the page is served from the cache: a server's first seconds are not what is measured.
  for (let tries = 0; tries < 60; tries += 1) {
    const response = await fetch(`${base}${page}`, { headers: { "user-agent": BROWSER } });
    await response.arrayBuffer();
    if (response.headers.get("x-nextjs-cache") === "HIT" || response.headers.get("x-cache-status") === "HIT") break;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

export async function benchViews(options: ViewsBenchOptions): Promise<{ rows: ViewsBenchRow[]; lines: string[] }> {
  const { page, articleId, connections, seconds } = options;
  const rows: ViewsBenchRow[] = [];
  const measure = async (name: string, source: ViewsSource, perView: 1 | 2) => {
    const served = await options.start(source);
    try {
      await warm(served.base, page);
      const requestLua = perView === 2 ? pagesAndBeacons(page, articleId) : pages(page);
      await runWrk({ url: served.base, connections, seconds: 2, requestLua });
      const result = await runWrk({ url: served.base, connections, seconds, requestLua });
      const row = { name, pageRps: result.rps / perView, result };
      rows.push(row);
      return row.pageRps;
    } finally {
      await served.stop();
    }
  };
  const off1 = await measure("off (nothing counted)", "off", 1);
  const server1 = await measure("server (default: counted in memory)", "server", 1);
  const beacon = await measure("beacon (page + POST /api/views)", "beacon", 2);
  const off2 = await measure("off, again", "off", 1);
  // Off and server twice each, interleaved: the machine's noise moves a single run more than counting.
  const server2 = await measure("server, again", "server", 1);
  const edgeRows = options.edge
    ? [
        await measure("edge: nginx, no views log", "edge-off", 1),
        await measure("edge: nginx views log + tailer", "edge-log", 1),
      ]
    : [];
  const off = (off1 + off2) / 2;
  const server = (server1 + server2) / 2;
  const percent = (value: number) => `${(value * 100).toFixed(1)} %`;
  const lines = rows.map(
    (row) =>
      `${row.name.padEnd(38)} ${row.pageRps.toFixed(0).padStart(7)} pages/s (${row.result.rps.toFixed(0)} req/s, p99 ${row.result.p99.toFixed(2)} ms, errors ${row.result.errors})`,
  );
  lines.push(
    `server / off (means of two runs each): ${(server / off).toFixed(3)} (counting costs ${percent(1 - server / off)} of page throughput; target < 5 %)`,
    `beacon / off: ${(beacon / off).toFixed(3)} (the beacon costs ${percent(1 - beacon / off)})`,
    `noise: the two off runs differ by ${percent(Math.abs(off1 - off2) / off)}, the two server runs by ${percent(Math.abs(server1 - server2) / server)}`,
  );
  // A page request takes 1/rps seconds of the server's one JavaScript thread at best (the faster off run).
  const work = viewWorkNs();
  const pageNs = 1e9 / Math.max(off1, off2);
  lines.push(
    `counting's own work: ${(work / 1000).toFixed(2)} µs per counted view (timed in process), ${percent(work / pageNs)} of one page request at ${Math.max(off1, off2).toFixed(0)} pages/s`,
  );
  const [edgeOff, edgeLog] = edgeRows;
  if (edgeOff && edgeLog) {
    lines.push(`edge, log on / log off: ${(edgeLog / edgeOff).toFixed(3)} (${percent(1 - edgeLog / edgeOff)})`);
  }
  return { rows, lines };
}
