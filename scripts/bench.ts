// npm run bench — how fast readers are served, against the physical limit of this machine, in one run.
// Nothing is asserted: it prints a table (and writes it as JSON) for each database.
//
// For each page it measures, at each concurrency:
//   app    Masthead's own server, warm (the hot cache in front of Next's response cache)
//   next   the same, with the hot cache off (Next's response cache alone)
//   miss   every request renders: nothing kept (CACHE_MAX_MB=0); articles and searches differ each time
//   edge   through the shipped nginx micro-cache (deploy/nginx)
//   static the very same response bytes, as files from nginx: the limit, 100 %
//
//   npm run bench -- [--articles 10000] [--db embedded|postgres|both] [--seconds 5] [--connections 10,50]
//                    [--depth 500] [--no-lighthouse] [--views [--rounds 20]] [--soak]
// --views measures only what counting views costs the warm article page (scripts/bench/views.ts): views
// off vs counted by the server vs by beacon, counted vs uncounted requests interleaved within one server,
// and through nginx with its views log off vs on.
// --soak (PostgreSQL only) runs two app servers behind nginx, sharing the database and Redis (REDIS_URL, by
// default redis://127.0.0.1:6379) for --seconds, under 200 readers and 5 editors saving in Chromium
// (scripts/bench/soak.ts); it fails on any 5xx or any acknowledged save missing from the revisions.
// PostgreSQL runs use DATABASE_URL as the server to make a scratch database on (dropped afterwards).
// Needs wrk and nginx (Debian: apt-get install wrk nginx-light). Run it on a quiet machine.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { get } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { buildAll, SERVER_BUNDLE } from "./build";
import { sourceStamp, STAMP_FILE } from "./build-stamp";
import { edgeViewsLog, nginxEdgeConfig, nginxStaticConfig } from "./edge-config";
import { peakRss, rssMb, startApp, startNginx, type Running } from "./bench/processes";
import { runWrk, type LoadResult } from "./bench/wrk";
import { benchViews, type ViewsSource } from "./bench/views";
import { benchSoak } from "./bench/soak";

const { values: options } = parseArgs({
  options: {
    articles: { type: "string", default: process.env.BENCH_ARTICLES ?? "10000" },
    db: { type: "string", default: process.env.DATABASE_URL ? "both" : "embedded" },
    seconds: { type: "string", default: process.env.BENCH_SECONDS ?? "5" },
    connections: { type: "string", default: "10,50" },
    depth: { type: "string", default: "500" },
    "no-lighthouse": { type: "boolean", default: false },
    views: { type: "boolean", default: false },
    rounds: { type: "string", default: "20" },
    soak: { type: "boolean", default: false },
  },
});
const ARTICLES = Number(options.articles);
const SECONDS = Number(options.seconds);
const CONNECTIONS = options.connections.split(",").map(Number);
/** --views: rounds of one-second slices per server. */
const ROUNDS = Number(options.rounds);
const root = process.cwd();
const PORTS = { app: 3291, edge: 3292, static: 3293, views: 3401 };
const tsx = [path.join(root, "node_modules/tsx/dist/cli.mjs"), "--conditions=react-server"];

for (const tool of ["wrk", "nginx"]) {
  if (spawnSync("sh", ["-c", `command -v ${tool}`]).status !== 0) {
    console.error(`The benchmark needs ${tool} (Debian: apt-get install wrk nginx-light).`);
    process.exit(1);
  }
}

const baseEnv: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: "production",
  NEXT_TELEMETRY_DISABLED: "1",
  SITE_URL: `http://127.0.0.1:${PORTS.app}`,
  ADMIN_EMAIL: "bench@masthead.local",
  ADMIN_PASSWORD: randomBytes(18).toString("base64url"),
  AUTH_SECRET: randomBytes(32).toString("base64url"),
  MASTHEAD_SCHEDULER_INTERVAL_MS: "0",
};

function step(args: string[], env: NodeJS.ProcessEnv): string {
  const result = spawnSync(process.execPath, args, { env, stdio: ["ignore", "pipe", "inherit"], encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${args.join(" ")} failed:\n${result.stdout}`);
  return result.stdout;
}

interface Database {
  name: "embedded" | "postgres";
  env: NodeJS.ProcessEnv;
  drop(): Promise<void>;
}

async function prepare(name: Database["name"]): Promise<Database> {
  if (name === "embedded") {
    const dir = mkdtempSync(path.join(tmpdir(), "masthead-bench-"));
    const drop = async () => rmSync(dir, { recursive: true, force: true });
    return { name, env: { ...baseEnv, DATABASE_URL: "", MASTHEAD_DATA_DIR: dir }, drop };
  }
  const server = process.env.DATABASE_URL;
  if (!server) throw new Error("--db postgres needs DATABASE_URL (a server where the user may CREATE DATABASE)");
  const database = `masthead_bench_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${database}"`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${database}`;
  return {
    name,
    env: { ...baseEnv, DATABASE_URL: url.toString() },
    drop: async () => {
      const client = new pg.Client({ connectionString: server });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      await client.end();
    },
  };
}

interface Row {
  page: string;
  mode: "app" | "next" | "miss" | "edge" | "static";
  connections: number;
  result: LoadResult;
  /** Peak resident memory of the app server during the run (app, next and miss rows). */
  rssMb?: number;
}

interface Page {
  name: string;
  path: string;
  /** Addresses for the miss runs, when the page has many variants (each request a different one). */
  variants?: string[];
}

function shuffled<T>(items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i -= 1) {
    const j = Math.floor(Math.random() * (i + 1));
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}

function pagesOf(info: SeedInfo): Page[] {
  const ids = Array.from({ length: Math.min(200_000, info.lastId - info.firstId + 1) }, (_, i) => info.firstId + i);
  const section = `/sections/${encodeURIComponent(info.section)}`;
  return [
    { name: "article", path: "/articles/1", variants: shuffled(ids).map((id) => `/articles/${id}`) },
    { name: "home", path: "/" },
    { name: "section p.1", path: section },
    { name: `section p.${info.depth + 1}`, path: `${section}?before=${info.cursor}` },
    { name: "/feed.xml", path: "/feed.xml" },
    { name: "section feed", path: `${section}/feed.xml` },
    {
      name: "search",
      path: `/search?q=${encodeURIComponent("工商联")}`,
      // A different, rare word each time: the id every seeded title ends with.
      variants: shuffled(ids.slice(0, 50_000)).map((id) => `/search?q=${id}`),
    },
    { name: "sitemap index", path: "/sitemap.xml" },
  ];
}

interface SeedInfo {
  section: string;
  sectionArticles: number;
  depth: number;
  cursor: string;
  firstId: number;
  lastId: number;
}

async function load(base: string, page: Page, connections: number, distinct: boolean): Promise<LoadResult> {
  // One answered request first: on a server just started, the first render of a route loads and
  // compiles its modules (over a second here), which a one-second warm-up may not even see finish.
  await fetch(`${base}${page.path}`).then((response) => response.arrayBuffer());
  // A short warm-up, so the measured seconds see a steady state (and a warm cache where there is one).
  await runWrk({ url: base, connections, seconds: 1, paths: distinct ? page.variants : [page.path] });
  return runWrk({ url: base, connections, seconds: SECONDS, paths: distinct ? page.variants : [page.path] });
}

async function measureApp(
  db: Database,
  pages: Page[],
  mode: "app" | "next" | "miss",
  env: NodeJS.ProcessEnv,
  rows: Row[],
): Promise<{ afterStartMb: number }> {
  const app = await startApp(env, PORTS.app);
  const afterStartMb = rssMb(app.pid);
  try {
    for (const page of pages) {
      for (const connections of CONNECTIONS) {
        const distinct = mode === "miss" && page.variants !== undefined;
        const { value, peakMb } = await peakRss(app.pid, () =>
          load(`http://127.0.0.1:${PORTS.app}`, page, connections, distinct),
        );
        rows.push({ page: page.name, mode, connections, result: value, rssMb: peakMb });
        log(db.name, rows.at(-1));
      }
    }
  } finally {
    await app.stop();
  }
  return { afterStartMb };
}

function log(db: string, row: Row | undefined): void {
  if (!row) return;
  const r = row.result;
  console.log(
    `  [${db}] ${row.mode.padEnd(6)} c=${String(row.connections).padEnd(3)} ${row.page.padEnd(16)} ${r.rps.toFixed(0).padStart(7)} req/s  p50 ${r.p50.toFixed(2)} ms  p99 ${r.p99.toFixed(2)} ms  errors ${r.errors}`,
  );
}

/** The edge and the static limit, with the app warm behind the edge. */
async function measureEdges(db: Database, pages: Page[], rows: Row[], work: string): Promise<void> {
  const app = await startApp(db.env, PORTS.app);
  const running: Running[] = [];
  try {
    // The static copies: exactly the bytes the app sends for each page (identity encoding).
    const files = path.join(work, "static");
    mkdirSync(files, { recursive: true });
    for (const [index, page] of pages.entries()) {
      const response = await fetch(`http://127.0.0.1:${PORTS.app}${page.path}`, {
        headers: { "accept-encoding": "identity" },
      });
      writeFileSync(path.join(files, `page-${index}.html`), Buffer.from(await response.arrayBuffer()));
    }
    running.push(
      await startNginx(
        path.join(work, "edge"),
        nginxEdgeConfig(path.join(work, "edge"), { app: PORTS.app, listen: PORTS.edge }),
        PORTS.edge,
      ),
    );
    running.push(
      await startNginx(
        path.join(work, "nginx-static"),
        nginxStaticConfig(path.join(work, "nginx-static"), { listen: PORTS.static, root: files }),
        PORTS.static,
      ),
    );
    for (const [index, page] of pages.entries()) {
      for (const connections of CONNECTIONS) {
        rows.push({
          page: page.name,
          mode: "edge",
          connections,
          result: await load(`http://127.0.0.1:${PORTS.edge}`, page, connections, false),
        });
        log(db.name, rows.at(-1));
        const file = { ...page, path: `/page-${index}.html` };
        rows.push({
          page: page.name,
          mode: "static",
          connections,
          result: await load(`http://127.0.0.1:${PORTS.static}`, file, connections, false),
        });
        log(db.name, rows.at(-1));
      }
    }
  } finally {
    for (const server of running) await server.stop();
    await app.stop();
  }
}

/** Bytes on the wire for one address, asking for gzip (fetch would decode them). */
function wireBytes(url: URL): Promise<number> {
  return new Promise((resolve, reject) => {
    get(url, { headers: { "accept-encoding": "gzip" } }, (response) => {
      let bytes = 0;
      response.on("data", (chunk: Buffer) => (bytes += chunk.length));
      response.on("end", () => resolve(bytes));
    }).on("error", reject);
  });
}

/** The compressed JavaScript the article page makes a browser download. */
async function articleJavaScript(): Promise<{ files: number; gzipBytes: number }> {
  const base = `http://127.0.0.1:${PORTS.app}`;
  const html = await (await fetch(`${base}/articles/1`)).text();
  const sources = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((match) => match[1] ?? ""))];
  let gzipBytes = 0;
  for (const source of sources) gzipBytes += await wireBytes(new URL(source, base));
  return { files: sources.length, gzipBytes };
}

function ratio(value: number, limit: number | undefined): string {
  return limit ? `${((value / limit) * 100).toFixed(2)} %` : "";
}

function table(db: string, rows: Row[]): string {
  const limit = (page: string, connections: number) =>
    rows.find((row) => row.page === page && row.mode === "static" && row.connections === connections)?.result.rps;
  const lines = [
    `\n${db}: ${ARTICLES.toLocaleString("en")} articles, ${SECONDS} s per run, wrk -t1`,
    `${"page".padEnd(16)} ${"mode".padEnd(6)} ${"c".padStart(3)} ${"req/s".padStart(9)} ${"p50 ms".padStart(8)} ${"p99 ms".padStart(8)} ${"errors".padStart(7)} ${"RSS MB".padStart(7)} ${"of static".padStart(10)}`,
  ];
  for (const row of rows) {
    const r = row.result;
    lines.push(
      `${row.page.padEnd(16)} ${row.mode.padEnd(6)} ${String(row.connections).padStart(3)} ${r.rps.toFixed(0).padStart(9)} ${r.p50.toFixed(2).padStart(8)} ${r.p99.toFixed(2).padStart(8)} ${String(r.errors).padStart(7)} ${(row.rssMb ? row.rssMb.toFixed(0) : "").padStart(7)} ${ratio(r.rps, limit(row.page, row.connections)).padStart(10)}`,
    );
  }
  return lines.join("\n");
}

/** The targets, read off this run (printed, never asserted). */
function targets(rows: Row[], rssAfterStart: number): string[] {
  const find = (page: string, mode: Row["mode"], connections = 10) =>
    rows.find((row) => row.page === page && row.mode === mode && row.connections === connections)?.result;
  const share = (page: string, mode: Row["mode"]) => {
    const measured = find(page, mode)?.rps ?? 0;
    const limit = find(page, "static")?.rps ?? 0;
    return limit ? measured / limit : 0;
  };
  const verdict = (met: boolean) => (met ? "met" : "NOT met");
  const lines: string[] = [];
  for (const page of ["article", "home", "/feed.xml"]) {
    const warm = find(page, "app");
    lines.push(
      `warm ${page}, app, c=10: ${(share(page, "app") * 100).toFixed(2)} % of static (target ≥ 2.3 %), p99 ${warm?.p99.toFixed(1)} ms (target < 25): ${verdict(share(page, "app") >= 0.023 && (warm?.p99 ?? 99) < 25)}`,
    );
  }
  for (const page of ["article", "/feed.xml"]) {
    lines.push(
      `${page} through nginx, c=10: ${(share(page, "edge") * 100).toFixed(1)} % of static (target ≥ 50 %): ${verdict(share(page, "edge") >= 0.5)}`,
    );
  }
  // The target is the latency of one miss. At c=10 the same renders queue on the server's one thread
  // (and share two cores with wrk and PostgreSQL), so their p50 is about ten service times.
  const miss1 = find("article", "miss", 1);
  const miss = find("article", "miss");
  if (miss1) {
    lines.push(
      `article cache miss, c=1: p50 ${miss1.p50.toFixed(1)} ms (target < 25 with 1,000,000 articles on PostgreSQL): ${verdict(miss1.p50 < 25)}`,
    );
  }
  lines.push(`article cache miss, c=10: p50 ${miss?.p50.toFixed(1)} ms, ${miss?.rps.toFixed(0)} renders/s`);
  const first = rows.find((row) => row.page === "section p.1" && row.mode === "miss" && row.connections === 10)?.result;
  const deep = rows.find(
    (row) =>
      row.page.startsWith("section p.") && row.page !== "section p.1" && row.mode === "miss" && row.connections === 10,
  );
  if (first && deep) {
    const times = first.rps / deep.result.rps;
    lines.push(
      `${deep.page} vs section p.1, miss, c=10: ${times.toFixed(2)}× the time (target ≤ 2×): ${verdict(times <= 2)}`,
    );
  }
  const peak = Math.max(...rows.map((row) => row.rssMb ?? 0));
  lines.push(
    `server RSS: ${rssAfterStart.toFixed(0)} MB after start, ${peak.toFixed(0)} MB at most under load (target < 400): ${verdict(peak < 400)}`,
  );
  return lines;
}

async function benchmark(name: Database["name"], work: string) {
  console.log(`\n━━━ ${name}: preparing ${ARTICLES.toLocaleString("en")} articles`);
  const db = await prepare(name);
  try {
    const started = Date.now();
    step([...tsx, path.join(root, "scripts/setup.ts")], db.env);
    process.stdout.write(step([...tsx, path.join(root, "scripts/bench/seed.ts"), String(ARTICLES)], db.env));
    const seeding = (Date.now() - started) / 1000;
    const info = JSON.parse(
      step([...tsx, path.join(root, "scripts/bench/seed-info.ts"), options.depth], db.env),
    ) as SeedInfo;
    const pages = pagesOf(info);
    if (options.views) return await viewsOnly(name, db, seeding, work);
    if (options.soak) {
      // A minute unless --seconds (or BENCH_SECONDS) says otherwise: the other runs' default of 5 s is no soak.
      const given = process.env.BENCH_SECONDS || process.argv.some((arg) => arg.startsWith("--seconds"));
      return await benchSoak({ env: db.env, root, work: path.join(work, "soak"), seconds: given ? SECONDS : 60, info });
    }
    const rows: Row[] = [];
    const { afterStartMb } = await measureApp(db, pages, "app", db.env, rows);
    await measureApp(db, pages, "next", { ...db.env, CACHE_HOT_MB: "0" }, rows);
    await measureApp(db, pages, "miss", { ...db.env, CACHE_HOT_MB: "0", CACHE_MAX_MB: "0" }, rows);
    // A miss at concurrency 1: the time of one render, with no queue in front of it.
    const single = await startApp({ ...db.env, CACHE_HOT_MB: "0", CACHE_MAX_MB: "0" }, PORTS.app);
    try {
      const article = pages[0];
      if (article?.variants) {
        rows.push({
          page: "article",
          mode: "miss",
          connections: 1,
          // Warmed up as every other row is: a fresh server's first renders load the route's modules.
          result: await load(`http://127.0.0.1:${PORTS.app}`, article, 1, true),
        });
        log(name, rows.at(-1));
      }
    } finally {
      await single.stop();
    }
    await measureEdges(db, pages, rows, work);

    const app = await startApp(db.env, PORTS.app);
    let javaScript: { files: number; gzipBytes: number } | undefined;
    try {
      javaScript = await articleJavaScript();
      if (!options["no-lighthouse"]) {
        spawnSync(
          process.execPath,
          [...tsx, path.join(root, "scripts/bench-lighthouse.ts"), `http://127.0.0.1:${PORTS.app}/articles/1`],
          { stdio: "inherit", env: db.env },
        );
      }
    } finally {
      await app.stop();
    }
    const report = table(name, rows);
    const summary = [
      `seeding: ${seeding.toFixed(0)} s; deep page: ${info.depth} pages into a section of ${info.sectionArticles.toLocaleString("en")} articles`,
      `JavaScript the article page loads: ${javaScript?.files} files, ${((javaScript?.gzipBytes ?? 0) / 1024).toFixed(1)} KB compressed (aim < 30 KB)`,
      ...targets(rows, afterStartMb),
    ];
    console.log(report);
    console.log(summary.map((line) => `  ${line}`).join("\n"));
    return {
      database: name,
      articles: ARTICLES,
      seconds: SECONDS,
      seedingSeconds: seeding,
      info,
      javaScript,
      rows,
      summary,
      report,
    };
  } finally {
    await db.drop();
  }
}

/** --views: the warm article page with views off, counted by the server, by beacon, and at the edge. */
async function viewsOnly(name: Database["name"], db: Database, seedingSeconds: number, work: string) {
  const connections = CONNECTIONS[0] ?? 10;
  // The servers compared run at once: on the embedded database each needs its own copy of the seeded
  // folder (one process per PGlite folder); on PostgreSQL they share the database, as servers do.
  const dataDir = db.env.MASTHEAD_DATA_DIR;
  const metricsToken = randomBytes(24).toString("base64url");
  const start = async (source: ViewsSource, slot: number, nodeFlags: string[] = []) => {
    const edge = source === "edge-off" || source === "edge-log";
    const appPort = PORTS.views + slot * 2;
    const edgePort = appPort + 1;
    const edgeDir = path.join(work, `views-edge-${slot}`);
    let slotData: Record<string, string> = {};
    if (name === "embedded" && dataDir) {
      const copy = path.join(work, `views-data-${slot}`);
      rmSync(copy, { recursive: true, force: true });
      cpSync(dataDir, copy, { recursive: true });
      slotData = { MASTHEAD_DATA_DIR: copy };
    }
    // One trusted proxy hop, as behind the shipped nginx: wrk's readers differ by X-Forwarded-For.
    // Through nginx every line has nginx's client address (wrk's): no dedupe, so each is counted.
    const env: NodeJS.ProcessEnv = {
      ...db.env,
      ...slotData,
      SITE_URL: `http://127.0.0.1:${appPort}`,
      TRUSTED_PROXY_HOPS: "1",
      METRICS_TOKEN: metricsToken,
      VIEWS_SOURCE: source === "edge-off" ? "off" : source,
      ...(source === "edge-log" ? { VIEWS_EDGE_LOG: edgeViewsLog(edgeDir), VIEWS_DEDUPE_MINUTES: "0" } : {}),
    };
    const nginx = edge
      ? await startNginx(
          edgeDir,
          nginxEdgeConfig(edgeDir, { app: appPort, listen: edgePort, viewsLog: source === "edge-log" }),
          edgePort,
        )
      : undefined;
    const app = await startApp(env, appPort, nodeFlags);
    return {
      base: `http://127.0.0.1:${edge ? edgePort : appPort}`,
      pid: app.pid,
      stop: async () => {
        await app.stop();
        await nginx?.stop();
      },
    };
  };
  const { rows, lines } = await benchViews({
    page: "/articles/1",
    articleId: 1,
    connections,
    rounds: ROUNDS,
    start,
    profileDir: path.join(work, "views-profile"),
    edge: true,
    metricsToken,
  });
  const report = [
    `\n${name}: what counting views costs the article page, c=${connections}, side by side, ${ROUNDS} rounds of 1 s slices each`,
    ...lines,
  ];
  console.log(report.join("\n  "));
  return {
    database: name,
    articles: ARTICLES,
    rounds: ROUNDS,
    seedingSeconds,
    views: rows,
    report: report.join("\n"),
  };
}

// Build first if the sources changed, as npm start does.
const stamp = sourceStamp(root);
if (!existsSync(SERVER_BUNDLE) || !existsSync(STAMP_FILE) || readFileSync(STAMP_FILE, "utf8") !== stamp) {
  if (!(await buildAll(baseEnv))) process.exit(1);
  writeFileSync(STAMP_FILE, stamp);
}
const work = mkdtempSync(path.join(tmpdir(), "masthead-bench-work-"));
const databases: Database["name"][] = options.soak
  ? ["postgres"]
  : options.db === "both"
    ? ["embedded", "postgres"]
    : [options.db as Database["name"]];
const results = [];
try {
  for (const name of databases) results.push(await benchmark(name, path.join(work, name)));
} finally {
  // Each server's copy of the embedded database: gigabytes a run.
  rmSync(work, { recursive: true, force: true });
}
mkdirSync("bench-results", { recursive: true });
const file = path.join("bench-results", `bench-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
writeFileSync(file, JSON.stringify(results, null, 2));
console.log(`\nWritten: ${file}`);
