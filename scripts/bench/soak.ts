// npm run bench -- --soak: several app servers under a steady load, for a minute (--seconds). Two
// production servers (A and B) share one PostgreSQL database and one Redis, behind the shipped nginx
// edge with both as its upstreams, all on loopback:
//   readers  wrk, 200 connections through nginx, over article pages (the edited ones among them), the
//            home page, section pages and the feeds, every response's status counted
//   editors  5 Chromium contexts, each signed in as its own editor on its own article, changing its
//            title and body and pressing save every ~3 s (scripts/bench/soak-editors.ts)
// Editors 1, 3 and 5 work on A, 2 and 4 on B, directly rather than through nginx: the admin is never
// cached there (it only passes through), pinning says which server took each save, and every save on
// one server must reach the readers of the other (through Redis). The shipped edge also forwards
// `Host $host`, which drops a port: on a loopback port Auth.js and Next's server-action origin check
// would see another host than the browser's, which a site on 443 never does.
// Afterwards every save an editor acknowledged is looked up in the article's revisions by its exact
// title and body line. Printed as a table; the run fails (exit code 1) on any 5xx, at the edge or
// answered by an app server (their /api/metrics), on an acknowledged save missing from the revisions,
// or when an editor got no save acknowledged at all. Nothing timed is asserted.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { Redis } from "ioredis";
import pg from "pg";
import { serverArgs } from "../build";
import { nginxEdgeConfig } from "../edge-config";
import { rssMb, startNginx, type Running } from "./processes";
import { startEditors, type EditorAccount, type EditorRun } from "./soak-editors";

export interface SoakOptions {
  /** The scratch PostgreSQL database's environment, already set up and seeded (bench.ts). */
  env: NodeJS.ProcessEnv;
  root: string;
  /** A folder of the soak's own (nginx, logs, wrk's script). */
  work: string;
  seconds: number;
  /** The seeded articles and the busiest section (scripts/bench/seed-info.ts). */
  info: { section: string; firstId: number; lastId: number };
  readers?: number;
  editors?: number;
}

export interface ReaderResult {
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  /** wrk's connect, read, write errors and timeouts. */
  socketErrors: number;
  /** Responses by status code. */
  statuses: Record<string, number>;
}

interface EditorSummary {
  label: string;
  server: string;
  articleId: number;
  attempted: number;
  acknowledged: number;
  found: number;
  errorShown: number;
  noAnswer: number;
  /** Acknowledged saves during which the editor showed an error first (an autosave's answer). */
  errorThenSaved: number;
  /** Saves the editor did not confirm that are in the revisions anyway. */
  savedUnconfirmed: number;
  /** Failed saves the editor's retry then showed autosaved, and those of them whose text is in no revision. */
  autosavedAfter: number;
  autosavedMissing: number[];
  medianSaveMs: number;
  missing: Array<{ n: number; title: string }>;
  errors: string[];
  browserServerErrors: string[];
}

interface ServerSummary {
  name: string;
  port: number;
  peakRssMb: number;
  /** Responses by status class, as the server counted them (masthead_http_request_duration_seconds). */
  statusClasses: Record<string, number>;
  /** Its 5xx by kind of address (admin, article, list, feed…). */
  serverErrorsByKind: Record<string, number>;
  errorLogLines: number;
  errorMessages: string[];
}

const PORTS = { a: 3501, b: 3502, edge: 3503 };
const METRICS_TOKEN = randomBytes(24).toString("base64url");

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function median(values: number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted.length ? (sorted[Math.floor(sorted.length / 2)] ?? 0) : 0;
}

function shuffled<T>(items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i -= 1) {
    const j = Math.floor(Math.random() * (i + 1));
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}

/**
 * A Redis database of the soak's own: the highest-numbered empty one. The servers' keys (throttling,
 * masthead:cache:*) start from nothing and are flushed afterwards; the database was empty, so nothing
 * else's goes with them. Pub/sub channels are not per database: another Masthead on the same Redis
 * would hear this soak's expiries (and it theirs).
 */
async function freshRedis(server: string): Promise<{ url: string; index: number; cleanup: () => Promise<void> }> {
  const client = new Redis(server, { lazyConnect: true, maxRetriesPerRequest: 1 });
  await client.connect();
  try {
    for (let index = 15; index >= 1; index -= 1) {
      try {
        await client.select(index);
      } catch {
        continue;
      }
      if ((await client.dbsize()) > 0) continue;
      const url = new URL(server);
      url.pathname = `/${index}`;
      return {
        url: url.toString(),
        index,
        cleanup: async () => {
          const again = new Redis(url.toString(), { maxRetriesPerRequest: 1 });
          try {
            await again.flushdb();
          } finally {
            again.disconnect();
          }
        },
      };
    }
    throw new Error(`no empty Redis database on ${server}`);
  } finally {
    client.disconnect();
  }
}

interface AppServer extends Running {
  name: string;
  port: number;
  log: string;
}

async function startServer(name: string, env: NodeJS.ProcessEnv, port: number, log: string): Promise<AppServer> {
  const out = openSync(log, "a");
  const child: ChildProcess = spawn(process.execPath, serverArgs(), {
    env: { ...env, PORT: String(port) },
    stdio: ["ignore", out, out],
  });
  closeSync(out);
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
    });
  for (let waited = 0; waited < 480; waited += 1) {
    if (child.exitCode !== null) break;
    const up = await fetch(`http://127.0.0.1:${port}/robots.txt`)
      .then((response) => response.ok)
      .catch(() => false);
    if (up) return { name, port, log, pid: child.pid ?? 0, stop };
    await sleep(250);
  }
  await stop();
  const tail = readFileSync(log, "utf8").split("\n").slice(-20).join("\n");
  throw new Error(`server ${name} did not start on ${port}:\n${tail}`);
}

/** What the readers ask for, weighted: a shuffled list wrk goes round. */
function readerPaths(info: SoakOptions["info"], edited: number[]): string[] {
  const section = `/sections/${encodeURIComponent(info.section)}`;
  const count = info.lastId - info.firstId + 1;
  const paths: string[] = [];
  const add = (times: number, make: (i: number) => string) => {
    for (let i = 0; i < times; i += 1) paths.push(make(i));
  };
  // Of 10,000 requests: 4,000 articles across the archive (most of them one read each), 2,000 the
  // articles being edited, 1,500 the home page, 1,500 the feeds, 1,000 the busiest section's first page.
  add(4000, () => `/articles/${info.firstId + Math.floor(Math.random() * count)}`);
  add(2000, (i) => `/articles/${edited[i % edited.length]}`);
  add(1500, () => "/");
  const feeds = ["/feed.xml", "/atom.xml", "/feed.json", `${section}/feed.xml`];
  add(1500, (i) => feeds[i % feeds.length] ?? "/feed.xml");
  add(1000, () => section);
  return shuffled(paths);
}

/** wrk with a Lua script that counts every response's status (wrk itself only counts those ≥ 400). */
async function runReaders(
  work: string,
  url: string,
  connections: number,
  seconds: number,
  paths: string[],
): Promise<ReaderResult> {
  const lua = path.join(work, "readers.lua");
  const list = paths.map((p) => `"${p.replace(/["\\]/g, "")}"`).join(",\n");
  writeFileSync(
    lua,
    `local paths = {\n${list}\n}
local headers = { ["Accept-Encoding"] = "gzip", ["User-Agent"] = "Mozilla/5.0 (X11; Linux x86_64) masthead-soak" }
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) statuses = {}; n = 0 end
function request()
  n = n + 1
  return wrk.format("GET", paths[(n - 1) % #paths + 1], headers)
end
function response(status, headers, body) statuses[status] = (statuses[status] or 0) + 1 end
function done(summary, latency, requests)
  local counts = {}
  for _, thread in ipairs(threads) do
    for status, count in pairs(thread:get("statuses")) do counts[status] = (counts[status] or 0) + count end
  end
  local parts = {}
  for status, count in pairs(counts) do table.insert(parts, string.format('"%d":%d', status, count)) end
  local e = summary.errors
  io.stderr:write(string.format('{"requests":%d,"seconds":%f,"p50":%f,"p99":%f,"socket":%d,"statuses":{%s}}\\n',
    summary.requests, summary.duration / 1e6, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    e.connect + e.read + e.write + e.timeout, table.concat(parts, ",")))
end
`,
  );
  const args = ["-t1", `-c${connections}`, `-d${seconds}s`, "--timeout", "10s", "-s", lua, url];
  const child = spawn("wrk", args, { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  const line = stderr.split("\n").find((candidate) => candidate.startsWith("{"));
  if (code !== 0 || !line) throw new Error(`wrk failed (${code}): ${stderr.trim()}`);
  const parsed = JSON.parse(line) as {
    requests: number;
    seconds: number;
    p50: number;
    p99: number;
    socket: number;
    statuses: Record<string, number>;
  };
  return {
    requests: parsed.requests,
    rps: parsed.requests / parsed.seconds,
    p50: parsed.p50,
    p99: parsed.p99,
    socketErrors: parsed.socket,
    statuses: parsed.statuses,
  };
}

/** Responses by status class, and the 5xx by kind of address, from the server's own metrics. */
async function statusClasses(
  port: number,
): Promise<{ classes: Record<string, number>; serverErrorsByKind: Record<string, number> }> {
  const response = await fetch(`http://127.0.0.1:${port}/api/metrics`, {
    headers: { authorization: `Bearer ${METRICS_TOKEN}` },
  });
  if (!response.ok) throw new Error(`GET /api/metrics on ${port}: ${response.status}`);
  const classes: Record<string, number> = {};
  const serverErrorsByKind: Record<string, number> = {};
  for (const match of (await response.text()).matchAll(
    /^masthead_http_request_duration_seconds_count\{([^}]*)\}\s+(\S+)$/gm,
  )) {
    const status = /status="([^"]+)"/.exec(match[1] ?? "")?.[1] ?? "?";
    classes[status] = (classes[status] ?? 0) + Number(match[2]);
    if (status !== "5xx") continue;
    const kind = /kind="([^"]+)"/.exec(match[1] ?? "")?.[1] ?? "?";
    serverErrorsByKind[kind] = (serverErrorsByKind[kind] ?? 0) + Number(match[2]);
  }
  return { classes, serverErrorsByKind };
}

/** The server's log lines at level error or above (JSON lines), and their distinct messages. */
function errorLines(log: string): { count: number; messages: string[] } {
  const messages = new Set<string>();
  let count = 0;
  for (const line of readFileSync(log, "utf8").split("\n")) {
    if (!line.startsWith("{")) continue;
    try {
      const entry = JSON.parse(line) as { level?: string; msg?: string; err?: { message?: string } };
      if (entry.level !== "error" && entry.level !== "fatal") continue;
      count += 1;
      const error = entry.err?.message?.replace(/\s+/g, " ").trim();
      messages.add(`${entry.msg ?? ""}${error ? ` ${error}` : ""}`.slice(0, 200));
    } catch {
      continue;
    }
  }
  return { count, messages: [...messages].slice(0, 5) };
}

interface RevisionCheck {
  /** The acknowledged saves found, by number. */
  found: Set<number>;
  /** Saves not acknowledged that are stored all the same. */
  unconfirmed: number;
  /** Failed saves whose retry the editor then showed as autosaved, and those whose text is in no revision. */
  autosaved: number;
  autosavedMissing: number[];
}

interface RevisionRow {
  authorId: number | null;
  kind: string;
  title: string | null;
  text: string;
}

/** Every acknowledged save looked up in its article's revisions: its exact title, by its editor, with its line. */
async function checkRevisions(
  databaseUrl: string,
  runs: EditorRun[],
  userIds: Map<string, number>,
): Promise<Map<string, RevisionCheck>> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const results = new Map<string, RevisionCheck>();
  try {
    for (const run of runs) {
      const { rows } = await client.query<RevisionRow>(
        `SELECT "authorId", kind::text AS kind, snapshot->>'title' AS title, snapshot::text AS text
           FROM "Revision" WHERE "articleId" = $1`,
        [run.account.articleId],
      );
      const userId = userIds.get(run.account.label);
      const stored = (save: { title: string; line: string }) =>
        rows.some(
          (row) =>
            row.authorId === userId && row.kind === "SAVE" && row.title === save.title && row.text.includes(save.line),
        );
      // An autosave's text is kept aside on a published article, and replaced by the same editor's next
      // autosave, which holds the body so far: its line is in some revision of the editor's.
      const kept = (save: { line: string }) =>
        rows.some((row) => row.authorId === userId && row.text.includes(save.line));
      const check: RevisionCheck = { found: new Set(), unconfirmed: 0, autosaved: 0, autosavedMissing: [] };
      for (const save of run.saves) {
        if (!save.marker) continue;
        if (save.outcome === "acknowledged") {
          if (stored(save)) check.found.add(save.n);
          continue;
        }
        if (stored(save)) check.unconfirmed += 1;
        if (!save.autosavedAfter) continue;
        check.autosaved += 1;
        if (!kept(save)) check.autosavedMissing.push(save.n);
      }
      results.set(run.account.label, check);
    }
  } finally {
    await client.end();
  }
  return results;
}

/** Whether each edited article's page, from each server and from the edge, shows its stored title within `seconds`. */
async function latestShown(
  databaseUrl: string,
  articleIds: number[],
  bases: Record<string, string>,
  seconds = 10,
): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const { rows } = await client
    .query<{ id: number; title: string }>(`SELECT id, title FROM "Article" WHERE id = ANY($1)`, [articleIds])
    .finally(() => client.end());
  const shown: Record<string, number> = {};
  for (const [name, base] of Object.entries(bases)) {
    shown[name] = 0;
    for (const row of rows) {
      const marker = /soak-\S+/.exec(row.title)?.[0] ?? row.title;
      for (const deadline = Date.now() + seconds * 1000; Date.now() < deadline; await sleep(500)) {
        const html = await fetch(`${base}/articles/${row.id}`)
          .then((response) => response.text())
          .catch(() => "");
        if (html.includes(marker)) {
          shown[name] += 1;
          break;
        }
      }
    }
  }
  return shown;
}

function summarise(runs: EditorRun[], checked: Map<string, RevisionCheck>): EditorSummary[] {
  return runs.map((run) => {
    const check = checked.get(run.account.label);
    const sent = run.saves.filter((save) => save.outcome !== "unusable");
    const acknowledged = sent.filter((save) => save.outcome === "acknowledged");
    return {
      label: run.account.label,
      server: new URL(run.account.base).port === String(PORTS.a) ? "A" : "B",
      articleId: run.account.articleId,
      attempted: sent.length,
      acknowledged: acknowledged.length,
      found: check?.found.size ?? 0,
      errorShown: sent.filter((save) => save.outcome === "error").length,
      noAnswer: sent.filter((save) => save.outcome === "no-answer").length,
      errorThenSaved: acknowledged.filter((save) => save.shown).length,
      savedUnconfirmed: check?.unconfirmed ?? 0,
      autosavedAfter: check?.autosaved ?? 0,
      autosavedMissing: check?.autosavedMissing ?? [],
      medianSaveMs: median(acknowledged.map((save) => save.ms)),
      missing: acknowledged
        .filter((save) => !check?.found.has(save.n))
        .map((save) => ({ n: save.n, title: save.title })),
      errors: run.saves
        .filter((save) => save.outcome !== "acknowledged" || save.shown)
        .map((save) => `#${save.n} ${save.outcome}: ${save.shown ?? ""}`.slice(0, 300)),
      browserServerErrors: run.serverErrors.slice(0, 10),
    };
  });
}

export async function benchSoak(options: SoakOptions) {
  const { env, root, work, seconds, info } = options;
  const readers = options.readers ?? 200;
  const editorCount = options.editors ?? 5;
  const databaseUrl = env.DATABASE_URL;
  if (!databaseUrl) throw new Error("--soak needs PostgreSQL (DATABASE_URL): its servers share one database");
  mkdirSync(work, { recursive: true });

  // The accounts and their articles, in the database before any server starts.
  const tsx = [path.join(root, "node_modules/tsx/dist/cli.mjs"), "--conditions=react-server"];
  const made = spawnSync(
    process.execPath,
    [...tsx, path.join(root, "scripts/bench/soak-setup.ts"), String(editorCount)],
    { env, stdio: ["ignore", "pipe", "inherit"], encoding: "utf8" },
  );
  if (made.status !== 0) throw new Error(`soak-setup failed:\n${made.stdout}`);
  const newsroom = JSON.parse(made.stdout.trim().split("\n").at(-1) ?? "[]") as Array<{
    userId: number;
    email: string;
    password: string;
    articleId: number;
  }>;

  const redis = await freshRedis(env.REDIS_URL || "redis://127.0.0.1:6379");
  const edgeUrl = `http://127.0.0.1:${PORTS.edge}`;
  const serverEnv: NodeJS.ProcessEnv = {
    ...env,
    // Both are the one site behind the edge; one proxy hop in front of them.
    SITE_URL: edgeUrl,
    TRUSTED_PROXY_HOPS: "1",
    REDIS_URL: redis.url,
    METRICS_TOKEN,
    LOG_FORMAT: "json",
  };
  const buildId = () => (existsSync(".next/BUILD_ID") ? readFileSync(".next/BUILD_ID", "utf8") : "");
  const buildAtStart = buildId();
  const running: Running[] = [];
  let editors: Awaited<ReturnType<typeof startEditors>> | undefined;
  try {
    const a = await startServer("A", serverEnv, PORTS.a, path.join(work, "server-a.log"));
    running.push(a);
    const b = await startServer("B", serverEnv, PORTS.b, path.join(work, "server-b.log"));
    running.push(b);
    const edgeDir = path.join(work, "edge");
    running.push(
      await startNginx(
        edgeDir,
        nginxEdgeConfig(edgeDir, { app: [a.port, b.port], listen: PORTS.edge, viewsLog: false }),
        PORTS.edge,
      ),
    );

    const edited = newsroom.map((editor) => editor.articleId);
    const paths = readerPaths(info, edited);
    // Each route's first render on a fresh server loads its modules: once on each before the clock starts.
    for (const server of [a, b]) {
      for (const warm of new Set([
        "/",
        ...paths.filter((p) => !p.startsWith("/articles/")),
        `/articles/${edited[0]}`,
      ])) {
        await fetch(`http://127.0.0.1:${server.port}${warm}`).then((response) => response.arrayBuffer());
      }
    }

    const accounts: EditorAccount[] = newsroom.map((editor, index) => ({
      label: `e${index + 1}`,
      email: editor.email,
      password: editor.password,
      base: `http://127.0.0.1:${index % 2 === 0 ? a.port : b.port}`,
      articleId: editor.articleId,
    }));
    console.log(`  [soak] signing in ${accounts.length} editors (Chromium), then ${seconds} s of load`);
    editors = await startEditors(accounts);

    const peak = { A: rssMb(a.pid), B: rssMb(b.pid) };
    const sampler = setInterval(() => {
      peak.A = Math.max(peak.A, rssMb(a.pid));
      peak.B = Math.max(peak.B, rssMb(b.pid));
    }, 250);
    let readerResult: ReaderResult;
    let runs: EditorRun[];
    try {
      [readerResult, runs] = await Promise.all([
        runReaders(work, edgeUrl, readers, seconds, paths),
        editors.run(seconds),
      ]);
    } finally {
      clearInterval(sampler);
    }
    await editors.close();
    editors = undefined;

    const checked = await checkRevisions(
      databaseUrl,
      runs,
      new Map(newsroom.map((editor, index) => [`e${index + 1}`, editor.userId])),
    );
    const editorRows = summarise(runs, checked);
    const shown = await latestShown(databaseUrl, edited, {
      A: `http://127.0.0.1:${a.port}`,
      B: `http://127.0.0.1:${b.port}`,
      edge: edgeUrl,
    });
    const servers: ServerSummary[] = [];
    for (const server of [a, b]) {
      const logged = errorLines(server.log);
      const counted = await statusClasses(server.port);
      servers.push({
        name: server.name,
        port: server.port,
        peakRssMb: peak[server.name === "A" ? "A" : "B"],
        statusClasses: counted.classes,
        serverErrorsByKind: counted.serverErrorsByKind,
        errorLogLines: logged.count,
        errorMessages: logged.messages,
      });
    }
    const rebuilt = buildId() !== buildAtStart;
    const report = soakReport({
      seconds,
      readers,
      redisIndex: redis.index,
      readerResult,
      editorRows,
      servers,
      shown,
      rebuilt,
      work,
    });
    console.log(report.lines.join("\n"));
    if (report.failed) process.exitCode = 1;
    return {
      soak: true,
      seconds,
      readers: readerResult,
      editors: editorRows,
      servers,
      latestShown: shown,
      // Every save and the editor's admin requests, to read what happened to one afterwards.
      editorRuns: runs.map((run) => ({ label: run.account.label, saves: run.saves, trace: run.trace })),
      failed: report.failed,
      reasons: report.reasons,
      report: report.lines.join("\n"),
    };
  } finally {
    await editors?.close();
    for (const server of running.reverse()) await server.stop();
    await redis.cleanup().catch((error: unknown) => console.error(`Redis database ${redis.index} not flushed:`, error));
  }
}

function soakReport(input: {
  seconds: number;
  readers: number;
  redisIndex: number;
  readerResult: ReaderResult;
  editorRows: EditorSummary[];
  servers: ServerSummary[];
  shown: Record<string, number>;
  rebuilt: boolean;
  work: string;
}) {
  const { readerResult: r, editorRows, servers } = input;
  const byClass = (digit: string) =>
    Object.entries(r.statuses)
      .filter(([status]) => status.startsWith(digit))
      .reduce((sum, [, count]) => sum + count, 0);
  const edge5xx = byClass("5");
  const app5xx = servers.reduce((sum, server) => sum + (server.statusClasses["5xx"] ?? 0), 0);
  const missing = editorRows.reduce((sum, row) => sum + row.missing.length, 0);
  const idle = editorRows.filter((row) => row.acknowledged === 0);
  const reasons: string[] = [];
  if (edge5xx > 0) reasons.push(`${edge5xx} responses of 5xx to readers`);
  if (app5xx > 0) reasons.push(`${app5xx} responses of 5xx from the app servers`);
  if (missing > 0) reasons.push(`${missing} acknowledged saves missing from the revisions`);
  if (idle.length > 0) reasons.push(`no save acknowledged for ${idle.map((row) => row.label).join(", ")}`);
  const pad = (value: string | number, width: number) => String(value).padStart(width);
  const statusList = Object.entries(r.statuses)
    .sort(([x], [y]) => x.localeCompare(y))
    .map(([status, count]) => `${status}: ${count}`)
    .join(", ");
  const lines = [
    `\nsoak: ${input.seconds} s, app servers A :${PORTS.a} and B :${PORTS.b} behind nginx :${PORTS.edge}, one PostgreSQL database, Redis database ${input.redisIndex}`,
    `readers: wrk -t1 -c${input.readers} through nginx (articles, home, sections, feeds)`,
    `  ${"requests".padStart(9)} ${"req/s".padStart(8)} ${"p50 ms".padStart(8)} ${"p99 ms".padStart(8)} ${"2xx".padStart(8)} ${"3xx".padStart(6)} ${"4xx".padStart(6)} ${"5xx".padStart(6)} ${"socket err".padStart(10)}`,
    `  ${pad(r.requests, 9)} ${pad(r.rps.toFixed(0), 8)} ${pad(r.p50.toFixed(2), 8)} ${pad(r.p99.toFixed(2), 8)} ${pad(byClass("2"), 8)} ${pad(byClass("3"), 6)} ${pad(byClass("4"), 6)} ${pad(edge5xx, 6)} ${pad(r.socketErrors, 10)}`,
    `  statuses: ${statusList}`,
    `editors: Chromium, one context and account each, own article, save every ~3 s (jittered); e1, e3, e5 on A, e2, e4 on B`,
    `  ${"editor".padEnd(6)} ${"server".padEnd(6)} ${"article".padStart(7)} ${"attempted".padStart(9)} ${"acknowledged".padStart(12)} ${"in revisions".padStart(12)} ${"error shown".padStart(11)} ${"no answer".padStart(9)} ${"median save ms".padStart(14)}`,
  ];
  const total = {
    attempted: 0,
    acknowledged: 0,
    found: 0,
    errorShown: 0,
    noAnswer: 0,
    unconfirmed: 0,
    meanwhile: 0,
    autosaved: 0,
  };
  for (const row of editorRows) {
    total.attempted += row.attempted;
    total.acknowledged += row.acknowledged;
    total.found += row.found;
    total.errorShown += row.errorShown;
    total.noAnswer += row.noAnswer;
    total.unconfirmed += row.savedUnconfirmed;
    total.meanwhile += row.errorThenSaved;
    total.autosaved += row.autosavedAfter;
    lines.push(
      `  ${row.label.padEnd(6)} ${row.server.padEnd(6)} ${pad(row.articleId, 7)} ${pad(row.attempted, 9)} ${pad(row.acknowledged, 12)} ${pad(row.found, 12)} ${pad(row.errorShown, 11)} ${pad(row.noAnswer, 9)} ${pad(row.medianSaveMs.toFixed(0), 14)}`,
    );
  }
  lines.push(
    `  ${"total".padEnd(6)} ${"".padEnd(6)} ${"".padStart(7)} ${pad(total.attempted, 9)} ${pad(total.acknowledged, 12)} ${pad(total.found, 12)} ${pad(total.errorShown, 11)} ${pad(total.noAnswer, 9)}`,
  );
  if (total.autosaved > 0) {
    const lost = editorRows.flatMap((row) => row.autosavedMissing.map((n) => `${row.label} #${n}`));
    lines.push(
      `  failed saves then shown autosaved by the editor's retry: ${total.autosaved}, their text in no revision: ${lost.length ? lost.join(", ") : "none"}`,
    );
  }
  if (total.meanwhile > 0) lines.push(`  acknowledged saves that showed an error first: ${total.meanwhile}`);
  if (total.unconfirmed > 0)
    lines.push(`  saves not confirmed by the editor but in the revisions: ${total.unconfirmed}`);
  for (const row of editorRows) {
    for (const item of row.missing) lines.push(`  MISSING ${row.label} save #${item.n}: ${item.title}`);
    for (const error of row.errors.slice(0, 5)) lines.push(`  ${row.label} ${error}`);
    for (const error of row.browserServerErrors) lines.push(`  ${row.label} browser got ${error}`);
  }
  lines.push(
    `servers`,
    `  ${"server".padEnd(6)} ${"peak RSS MB".padStart(11)} ${"2xx".padStart(8)} ${"3xx".padStart(6)} ${"4xx".padStart(6)} ${"5xx".padStart(6)} ${"error log lines".padStart(15)}`,
  );
  for (const server of servers) {
    const c = server.statusClasses;
    lines.push(
      `  ${server.name.padEnd(6)} ${pad(server.peakRssMb.toFixed(0), 11)} ${pad(c["2xx"] ?? 0, 8)} ${pad(c["3xx"] ?? 0, 6)} ${pad(c["4xx"] ?? 0, 6)} ${pad(c["5xx"] ?? 0, 6)} ${pad(server.errorLogLines, 15)}`,
    );
    const kinds = Object.entries(server.serverErrorsByKind).map(([kind, count]) => `${kind} ${count}`);
    if (kinds.length) lines.push(`    ${server.name} 5xx by kind of address: ${kinds.join(", ")}`);
    for (const message of server.errorMessages) lines.push(`    ${server.name} logged: ${message}`);
  }
  const articles = editorRows.length;
  lines.push(
    `edited articles showing their last save within 10 s afterwards: A ${input.shown.A ?? 0}/${articles}, B ${input.shown.B ?? 0}/${articles}, nginx ${input.shown.edge ?? 0}/${articles}`,
  );
  if (input.rebuilt)
    lines.push(`WARNING: .next was rebuilt during the soak; errors may come from that, not the servers`);
  lines.push(`server logs: ${input.work}/server-{a,b}.log`);
  lines.push(
    reasons.length ? `FAILED: ${reasons.join("; ")}` : "passed: no 5xx, every acknowledged save is in the revisions",
  );
  return { lines, failed: reasons.length > 0, reasons };
}
