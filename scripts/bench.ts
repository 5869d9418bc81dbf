// npm run bench — how fast readers are served, measured, not asserted. Builds if needed, fills a
// fresh embedded database with the demo article and BENCH_ARTICLES generated ones, starts the
// production server, and reports throughput and latency per page, the cached-page advantage, the
// server's memory, and Lighthouse's performance score for the article page.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import autocannon from "autocannon";

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 500);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const PORT = Number(process.env.BENCH_PORT ?? 3299);
const BASE = `http://127.0.0.1:${PORT}`;
const root = process.cwd();
const dataDir = mkdtempSync(path.join(tmpdir(), "masthead-bench-"));
const env = {
  ...process.env,
  DATABASE_URL: "",
  MASTHEAD_DATA_DIR: dataDir,
  PORT: String(PORT),
  SITE_URL: BASE,
  NODE_ENV: "production" as const,
  NEXT_TELEMETRY_DISABLED: "1",
  MASTHEAD_SCHEDULER_INTERVAL_MS: "0",
};
const tsx = [path.join(root, "node_modules/tsx/dist/cli.mjs"), "--conditions=react-server"];

function step(args: string[]) {
  const result = spawnSync(process.execPath, args, { stdio: "inherit", env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

console.log(`Preparing ${ARTICLES} articles in ${dataDir}…`);
step([path.join(root, "node_modules/next/dist/bin/next"), "build"]); // env has the scheduler off
step([...tsx, path.join(root, "scripts/bench-seed.ts"), String(ARTICLES)]);

const server = spawn(
  process.execPath,
  [path.join(root, "node_modules/next/dist/bin/next"), "start", "-p", String(PORT)],
  { env, stdio: "ignore" },
);
const stop = () => server.kill("SIGTERM");
process.on("exit", stop);

async function waitForServer() {
  for (let attempt = 0; attempt < 120; attempt += 1) {
    try {
      if ((await fetch(`${BASE}/login`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("server did not start");
}

function rssMb(pid: number | undefined): number {
  if (!pid) return 0;
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

async function timeFirst(url: string): Promise<number> {
  const start = performance.now();
  await (await fetch(url)).text();
  return performance.now() - start;
}

async function load(url: string) {
  const result = await autocannon({ url, connections: 10, duration: SECONDS });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

await waitForServer();
const home = await (await fetch(BASE)).text();
const articlePath = /href="(\/articles\/\d+)"/.exec(home)?.[1] ?? "/articles/1";
const pages: Record<string, string> = {
  home: "/",
  article: articlePath,
  "rss feed": "/feed.xml",
  "atom feed": "/atom.xml",
  search: `/search?q=${encodeURIComponent("工商联")}`,
  "sitemap index": "/sitemap.xml",
};

console.log(`\nServer RSS after start: ${rssMb(server.pid).toFixed(0)} MB`);
console.log(
  `\n${"page".padEnd(14)} ${"first (ms)".padStart(11)} ${"req/s".padStart(8)} ${"p50 ms".padStart(7)} ${"p99 ms".padStart(7)} ${"errors".padStart(7)}`,
);
const results: Record<string, { first: number; rps: number; p50: number }> = {};
for (const [name, url] of Object.entries(pages)) {
  const first = await timeFirst(`${BASE}${url}`);
  const measured = await load(`${BASE}${url}`);
  results[name] = { first, rps: measured.rps, p50: measured.p50 };
  console.log(
    `${name.padEnd(14)} ${first.toFixed(1).padStart(11)} ${measured.rps.toFixed(0).padStart(8)} ${String(measured.p50).padStart(7)} ${String(measured.p99).padStart(7)} ${String(measured.errors).padStart(7)}`,
  );
}
console.log(`\nServer RSS under load: ${rssMb(server.pid).toFixed(0)} MB`);
const ratio = (a: number, b: number) => (b === 0 ? "n/a" : (a / b).toFixed(2));
console.log(`Ratio article/home throughput: ${ratio(results.article?.rps ?? 0, results.home?.rps ?? 0)}`);
console.log(
  `Ratio first (uncached) article request / cached p50 latency: ${ratio(results.article?.first ?? 0, results.article?.p50 ?? 0)}`,
);
console.log(`Ratio search/article throughput: ${ratio(results.search?.rps ?? 0, results.article?.rps ?? 0)}`);

const lighthouse = spawnSync(
  process.execPath,
  [...tsx, path.join(root, "scripts/bench-lighthouse.ts"), `${BASE}${articlePath}`],
  { stdio: "inherit", env },
);
stop();
process.exit(lighthouse.status ?? 0);
