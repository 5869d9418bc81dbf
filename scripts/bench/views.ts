// npm run bench -- --views: what counting views costs the warm article page. This machine's speed
// drifts by tens of percent within seconds (another tenant's load on the same cores), far more than
// counting costs, so servers measured one after the other compare the machine's moments, not the
// servers. Instead the compared servers run side by side, each on its own copy of the database, and
// take the same wrk load in turn, one-second slices in rotating order, for many rounds: every
// configuration meets the same moments. Three processes of each give the noise floor.
//   off        VIEWS_SOURCE=off: the page alone (the baseline), in three processes
//   server     VIEWS_SOURCE=server (the default): every page request counted by the server itself, in three
//   beacon     VIEWS_SOURCE=beacon: every page view followed by its POST /api/views (for contrast)
//   edge       optionally, through the shipped nginx: its views log off vs on with the app tailing it
// Servers side by side still differ by their processes (several percent), so the verdict comes from
// within one process: counted and uncounted requests in alternating quarter seconds of one wrk run
// (scripts/bench/views-interleaved.ts), beside an A/A control in the same run.
// Every request is a different reader (another X-Forwarded-For address, the server trusting one proxy
// hop as behind the shipped nginx), so none is deduplicated: each page request is a counted view, and
// the dedupe table meets a new reader every time (its worst case). Printed, never asserted.
import { groupedMedianDifferenceInterval, groupedMedianInterval, median } from "./bootstrap";
import { busyShare, readProfile } from "./profile-share";
import {
  countedRequests,
  interleavedLua,
  pairPhases,
  parseInterleavedReport,
  PHASE_MS,
  type PairedPhases,
} from "./views-interleaved";
import { viewWorkNs } from "./views-work";
import { cpuSeconds } from "./processes";
import { runWrk, type LoadResult } from "./wrk";

const BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";

const READER = `["User-Agent"] = "${BROWSER}", ["X-Forwarded-For"] = "10." .. (math.floor(n / 65536) % 256) .. "." .. (math.floor(n / 256) % 256) .. "." .. (n % 256)`;

/** Each request the page, from another reader (`offset` keeps the servers' readers apart). */
const pages = (page: string, offset: number) => `local n = ${offset}
request = function()
  n = n + 1
  return wrk.format("GET", "${page}", { ${READER} })
end`;

/** Every second request the page's beacon, from the reader who just got the page. */
const pagesAndBeacons = (page: string, articleId: number, offset: number) => `local n = ${offset}
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
  /** Article page views served per second over all its slices (requests that were pages). */
  pageRps: number;
  /** Its pages/s over the baseline's in the same rounds: the sum, and the median of the rounds. */
  ratio: number;
  medianRatio: number;
  /** Its pages/s over the baseline's, round by round (the pairs the median is taken of). */
  roundRatios: number[];
  p99: number;
  errors: number;
  /** The app server's CPU time per page served over the rounds, in µs (behind nginx too; not for a server two rows share). */
  cpuPerPageUs?: number;
}

export interface ViewsBenchOptions {
  page: string;
  articleId: number;
  connections: number;
  /** Rounds of one-second slices per server. */
  rounds: number;
  /**
   * Starts what serves the page with views counted this way, as the `slot`-th of the servers running
   * at once (its own port, and on the embedded database its own copy), and says where to send the load.
   */
  start: (
    source: ViewsSource,
    slot: number,
    nodeFlags?: string[],
  ) => Promise<{ base: string; pid: number; stop: () => Promise<void> }>;
  /** A folder of its own for the profiled server's CPU profile. */
  profileDir: string;
  /** Whether to measure the nginx rows too. */
  edge: boolean;
  /** The METRICS_TOKEN the servers were started with: the flushes' time is read from /api/metrics. */
  metricsToken: string;
}

interface Contender {
  name: string;
  source: ViewsSource;
  perView: 1 | 2;
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

/** Runs the contenders side by side; the first is the baseline the others are divided by. */
async function sideBySide(options: ViewsBenchOptions, contenders: Contender[], firstSlot: number) {
  const { page, articleId, connections, rounds } = options;
  const started: Array<{ base: string; pid: number; stop: () => Promise<void> }> = [];
  try {
    for (const [i, contender] of contenders.entries())
      started.push(await options.start(contender.source, firstSlot + i));
    // Each slice starts its readers where the last one's ended (a slice is far under a million
    // requests), so that no reader comes back within the dedupe window.
    const lua = (contender: Contender, slice: number) =>
      contender.perView === 2 ? pagesAndBeacons(page, articleId, slice * 1_000_000) : pages(page, slice * 1_000_000);
    for (const [i, served] of started.entries()) {
      await warm(served.base, page);
      const contender = contenders[i];
      if (contender) await runWrk({ url: served.base, connections, seconds: 2, requestLua: lua(contender, 0) });
    }
    const slices: LoadResult[][] = contenders.map(() => []);
    // Each server's CPU time over all the rounds, its idle time between its slices included (flushes,
    // timers): what it spent per page served, which the machine's drift in speed does not move.
    const cpuBefore = started.map((served) => cpuSeconds(served.pid));
    for (let round = 0; round < rounds; round += 1) {
      // Rotating order: no server always follows another, or always goes first in a round.
      for (let k = 0; k < contenders.length; k += 1) {
        const i = (round + k) % contenders.length;
        const served = started[i];
        const contender = contenders[i];
        if (!served || !contender) continue;
        const requestLua = lua(contender, round + 1);
        slices[i]?.push(await runWrk({ url: served.base, connections, seconds: 1, requestLua }));
      }
    }
    const cpuUsed = started.map((served, i) => cpuSeconds(served.pid) - (cpuBefore[i] ?? 0));
    const pagesPerSecond = (results: LoadResult[], perView: number) =>
      results.reduce((sum, r) => sum + r.requests, 0) /
      perView /
      results.reduce((sum, r) => sum + r.requests / Math.max(r.rps, 1e-9), 0);
    const base = slices[0] ?? [];
    const baseRps = pagesPerSecond(base, 1);
    return contenders.map((contender, i): ViewsBenchRow => {
      const mine = slices[i] ?? [];
      const rps = pagesPerSecond(mine, contender.perView);
      const pagesServed = mine.reduce((sum, r) => sum + r.requests, 0) / contender.perView;
      const roundRatios = mine.map((r, round) => r.rps / contender.perView / Math.max(base[round]?.rps ?? 1, 1e-9));
      return {
        name: contender.name,
        pageRps: rps,
        ratio: rps / baseRps,
        medianRatio: median(roundRatios),
        roundRatios,
        p99: Math.max(...mine.map((r) => r.p99)),
        errors: mine.reduce((sum, r) => sum + r.errors, 0),
        cpuPerPageUs: ((cpuUsed[i] ?? 0) / Math.max(pagesServed, 1)) * 1e6,
      };
    });
  } finally {
    for (const served of started) await served.stop();
  }
}

/** Processes of each compared configuration: identical Node processes differ by several percent. */
const PROCESSES = 3;

/**
 * Fresh counting processes the interleaved comparison runs in, and as many views-off processes for
 * its header control, taking turns (so that both meet the machine's same half hour). What counting
 * costs differs from one process to the next by more than within one (the same code gave 2.4 % and
 * 5.8 % in two runs of one afternoon), so the verdict draws on many runs and its interval resamples
 * the processes as well as the pairs. The cost is the counting runs' figure less the control's, so
 * the control's spread counts as much as theirs: with three control processes to six it made most of
 * the interval's width (2026-12-03).
 */
const INTERLEAVED_PROCESSES = 6;

/** The interleaved comparison's run, per process, in seconds per round of the others. */
const INTERLEAVED_SECONDS_PER_ROUND = 4;

/** Slots (ports, database copies): the side-by-side servers and the beacon, the interleaved runs, then these. */
const INTERLEAVED_SLOT = PROCESSES * 2 + 1;
const PROFILED_SLOT = INTERLEAVED_SLOT + INTERLEAVED_PROCESSES * 2;

const range = (values: number[]): number => Math.max(...values) - Math.min(...values);

const mean = (values: number[]): number => values.reduce((sum, v) => sum + v, 0) / Math.max(values.length, 1);

/** The counter's frames: lib/views (its chunk, and the names it keeps in the server's own bundle). */
const COUNTER_FRAMES = new Set([
  "countWhenAnswered",
  "countView",
  "countReaderView",
  "countIfShown",
  "readerAgent",
  "articlePageId",
  "isReaderRequest",
  "isSpeculative",
  "agentNumber",
  "isBotAgent",
  "isRepeat",
  "hashReader",
  "counterNow",
  "viewCounter",
]);
const isCounterFrame = (frame: { functionName: string; url: string }) =>
  COUNTER_FRAMES.has(frame.functionName) || /lib[_/]views/.test(frame.url);

/**
 * The share of a server's busy time that counting takes, read from its CPU profile while it serves
 * counted readers only: what wrk's throughput cannot show on a machine whose speed drifts by more.
 * (Garbage collection is its own entry in a profile and is not shared out: counting allocates next
 * to nothing per view.)
 */
async function profiledShare(options: ViewsBenchOptions): Promise<number> {
  const served = await options.start("server", PROFILED_SLOT, ["--cpu-prof", `--cpu-prof-dir=${options.profileDir}`]);
  try {
    await warm(served.base, options.page);
    for (let slice = 0; slice < options.rounds; slice += 1) {
      const requestLua = pages(options.page, (100 + slice) * 1_000_000);
      await runWrk({ url: served.base, connections: options.connections, seconds: 1, requestLua });
    }
  } finally {
    // The profile is written as the process exits.
    await served.stop();
  }
  const share = busyShare(readProfile(options.profileDir), isCounterFrame);
  if (share === 0) throw new Error("the profile holds none of the counter's functions: were their names minified?");
  return share;
}

/** What the interleaved runs gave: each process's pairs, the load they served, and their flushes. */
export interface InterleavedViews {
  /** Per counting process, its pairs' ratios. */
  processes: PairedPhases[];
  /** Seconds each process ran. */
  seconds: number;
  pageRps: number;
  errors: number;
  /** Flushes that wrote views during the runs, and the wall-clock seconds they took (over all processes). */
  flushes: number;
  flushSeconds: number;
  /**
   * The same runs on a server with views off, where both kinds of request go uncounted: what the two
   * kinds' bytes alone do (per process, the "counted" pairs' ratios).
   */
  headerControl: number[][];
  /** Requests of the counted kind the counting runs sent, and the views their servers wrote meanwhile. */
  countedRequests: number;
  viewsWritten: number;
}

/** The server's view flushes so far that wrote something (how many, their seconds) and the views they wrote. */
async function viewFlushes(base: string, token: string): Promise<{ count: number; seconds: number; views: number }> {
  const response = await fetch(`${base}/api/metrics`, { headers: { authorization: `Bearer ${token}` } });
  if (!response.ok) throw new Error(`GET /api/metrics: ${response.status}`);
  const text = await response.text();
  const read = (part: "count" | "sum") =>
    Number(
      new RegExp(`^masthead_view_flush_duration_seconds_${part}\\{outcome="written"\\} (\\S+)$`, "m").exec(text)?.[1] ??
        0,
    );
  const views = Number(/^masthead_views_written_total (\S+)$/m.exec(text)?.[1] ?? 0);
  return { count: read("count"), seconds: read("sum"), views };
}

/** One fresh server taking one long run of interleaved phases: its pairs, its load, its flushes. */
async function interleavedRun(options: ViewsBenchOptions, source: ViewsSource, slot: number, seconds: number) {
  const served = await options.start(source, slot);
  try {
    const url = served.base;
    await warm(url, options.page);
    await runWrk({ url, connections: options.connections, seconds: 2, requestLua: pages(options.page, 0) });
    // Readers apart from the warm-up's, and from every other run's (the addresses take 24 bits).
    const requestLua = interleavedLua(options.page, BROWSER, (slot + 1) * 1_000_000, slot);
    const before = await viewFlushes(url, options.metricsToken);
    const run = await runWrk({ url, connections: options.connections, seconds, requestLua });
    const after = await viewFlushes(url, options.metricsToken);
    if (!run.scriptReport) throw new Error("the interleaved run reported no phases");
    const report = parseInterleavedReport(run.scriptReport);
    return {
      ...pairPhases(report),
      rps: run.rps,
      errors: run.errors,
      flushes: after.count - before.count,
      flushSeconds: after.seconds - before.seconds,
      countedRequests: countedRequests(report),
      viewsWritten: after.views - before.views,
    };
  } finally {
    await served.stop();
  }
}

/** Fresh counting servers and views-off ones (the header control), taking turns. */
async function interleaved(options: ViewsBenchOptions, slot: number): Promise<InterleavedViews> {
  const seconds = options.rounds * INTERLEAVED_SECONDS_PER_ROUND;
  const result: InterleavedViews = {
    processes: [],
    seconds,
    pageRps: 0,
    errors: 0,
    flushes: 0,
    flushSeconds: 0,
    headerControl: [],
    countedRequests: 0,
    viewsWritten: 0,
  };
  for (let i = 0; i < INTERLEAVED_PROCESSES; i += 1) {
    const run = await interleavedRun(options, "server", slot + i, seconds);
    result.processes.push({ counted: run.counted, again: run.again });
    result.pageRps += run.rps / INTERLEAVED_PROCESSES;
    result.errors += run.errors;
    result.flushes += run.flushes;
    result.flushSeconds += run.flushSeconds;
    result.countedRequests += run.countedRequests;
    result.viewsWritten += run.viewsWritten;
    const control = await interleavedRun(options, "off", slot + INTERLEAVED_PROCESSES + i, seconds);
    result.headerControl.push(control.counted);
    result.errors += control.errors;
  }
  return result;
}

export async function benchViews(
  options: ViewsBenchOptions,
): Promise<{ rows: ViewsBenchRow[]; lines: string[]; paired: InterleavedViews }> {
  // Several processes of each compared configuration, interleaved: identical Node processes settle into
  // different machine code and memory layouts, and differ by several percent for as long as they run,
  // so one process of each would compare those layouts rather than the configurations.
  const compared: Contender[] = [];
  for (let i = 0; i < PROCESSES; i += 1) {
    const mark = "'".repeat(i);
    compared.push(
      { name: `off${mark} (nothing counted)`, source: "off", perView: 1 },
      { name: `server${mark} (default: counted in memory)`, source: "server", perView: 1 },
    );
  }
  const rows = await sideBySide(
    options,
    [...compared, { name: "beacon (page + POST /api/views)", source: "beacon", perView: 2 }],
    0,
  );
  // The verdict: within one process, counted and uncounted requests in alternating quarter seconds.
  const paired = await interleaved(options, INTERLEAVED_SLOT);
  const edgeRows = options.edge
    ? await sideBySide(
        options,
        [
          { name: "edge: nginx, no views log", source: "edge-off", perView: 1 },
          { name: "edge: nginx views log + tailer", source: "edge-log", perView: 1 },
        ],
        PROFILED_SLOT + 1,
      )
    : [];
  const percent = (value: number) => `${(value * 100).toFixed(1)} %`;
  // A ratio's median and interval as how much slower (the interval's ends swap places).
  const slower = ({ median: middle, low, high }: { median: number; low: number; high: number }) =>
    `${percent(1 - middle)} (95 % interval ${percent(1 - high)} to ${percent(1 - low)})`;
  const lines = [...rows, ...edgeRows].map(
    (row) =>
      `${row.name.padEnd(38)} ${row.pageRps.toFixed(0).padStart(7)} pages/s  ×${row.ratio.toFixed(3)} (median of rounds ×${row.medianRatio.toFixed(3)})  p99 ${row.p99.toFixed(2)} ms  errors ${row.errors}${row.cpuPerPageUs === undefined ? "" : `  app CPU ${row.cpuPerPageUs.toFixed(1)} µs/page`}`,
  );
  const offs = rows.filter((_, i) => i < PROCESSES * 2 && i % 2 === 0);
  const servers = rows.filter((_, i) => i < PROCESSES * 2 && i % 2 === 1);
  const beacon = rows[PROCESSES * 2];
  if (offs.length === PROCESSES && servers.length === PROCESSES && beacon) {
    // Every ratio is over the first off process; the means of each configuration's processes compare.
    const offMean = mean(offs.map((row) => row.ratio));
    const serverRatio = mean(servers.map((row) => row.ratio)) / offMean;
    const serverMedian = mean(servers.map((row) => row.medianRatio)) / mean(offs.map((row) => row.medianRatio));
    const cpuOff = mean(offs.map((row) => row.cpuPerPageUs ?? 0));
    const cpuServer = mean(servers.map((row) => row.cpuPerPageUs ?? 0));
    const spread = (group: ViewsBenchRow[]) => range(group.map((row) => row.ratio)) / offMean;
    const cpuSpread = (group: ViewsBenchRow[]) => range(group.map((row) => row.cpuPerPageUs ?? 0)) / cpuOff;
    lines.push(
      `CPU per page served, server / off (${PROCESSES} processes each): ${(cpuServer / cpuOff).toFixed(3)} (${cpuServer.toFixed(1)} vs ${cpuOff.toFixed(1)} µs: counting costs ${percent(1 - cpuOff / cpuServer)} of a CPU-bound server's page throughput; target < 5 %); processes of one configuration differ by up to ${percent(cpuSpread(offs))} (off) and ${percent(cpuSpread(servers))} (server)`,
      `server / off (${PROCESSES} processes each): ${serverRatio.toFixed(3)} (counting costs ${percent(1 - serverRatio)} of page throughput; target < 5 %), by medians of rounds ${serverMedian.toFixed(3)}`,
      `noise floor: processes of the same configuration differ by up to ${percent(spread(offs))} (off) and ${percent(spread(servers))} (server)`,
      `beacon / off: ${(beacon.ratio / offMean).toFixed(3)} (the beacon costs ${percent(1 - beacon.ratio / offMean)})`,
    );
    // A page request takes 1/rps seconds of the server's one JavaScript thread at best.
    const work = viewWorkNs();
    const pageNs = 1e9 / Math.max(...offs.map((row) => row.pageRps));
    lines.push(
      `counting's own work: ${(work / 1000).toFixed(2)} µs per counted view (timed in process), ${percent(work / pageNs)} of one page request`,
    );
  }
  const profiled = await profiledShare(options);
  const countedGroups = paired.processes.map((process) => process.counted);
  const againGroups = paired.processes.map((process) => process.again);
  const counted = groupedMedianInterval(countedGroups);
  const again = groupedMedianInterval(againGroups);
  const header = groupedMedianInterval(paired.headerControl);
  // The counter's own cost: the counting servers' ratio against the views-off servers' for the same
  // two kinds of request (what is left is what counting did, not what the requests' bytes did).
  const cost = groupedMedianDifferenceInterval(paired.headerControl, countedGroups);
  const perProcess = (groups: number[][]) => groups.map((group) => percent(1 - median(group))).join(", ");
  const flushShare = paired.flushSeconds / (paired.seconds * INTERLEAVED_PROCESSES);
  const worst = cost.high + flushShare;
  const verdict =
    worst < 0.05 ? "met" : cost.difference + flushShare >= 0.05 ? "NOT met" : "not shown (the interval reaches 5 %)";
  lines.push(
    `interleaved within one server (${INTERLEAVED_PROCESSES} counting processes and as many with views off, ${paired.seconds} s each, ${PHASE_MS} ms phases; intervals resample processes, then pairs): ${paired.pageRps.toFixed(0)} pages/s, errors ${paired.errors}`,
    `  A/A control, ${againGroups.flat().length} pairs of uncounted phases: ${slower(again)}: the method's own bias and spread`,
    `  counted / uncounted, ${countedGroups.flat().length} pairs: ${percent(1 - counted.median)} slower (95 % interval ${percent(1 - counted.high)} to ${percent(1 - counted.low)}; mean of pairs ${percent(1 - mean(countedGroups.flat()))}); by process ${perProcess(countedGroups)}`,
    `  header control (views off, the same two kinds of request), ${paired.headerControl.flat().length} pairs: ${slower(header)}: what the two kinds' bytes alone do; by process ${perProcess(paired.headerControl)}`,
    `  each counted request, less the header control: costs ${percent(cost.difference)} of page throughput (95 % interval ${percent(cost.low)} to ${percent(cost.high)})`,
    `  views the counting servers wrote over the counted kind's requests: ${(paired.viewsWritten / Math.max(paired.countedRequests, 1)).toFixed(3)} (${paired.viewsWritten} of ${paired.countedRequests}; each a new reader, so about 1: the warm-up's views are flushed during a run, its last seconds' after it; 2 would mean the uncounted kind was counted too)`,
    `  flushes (spread over both kinds of phase, so timed apart): ${paired.flushes} that wrote, ${(paired.flushSeconds * 1000).toFixed(1)} ms in all, ${percent(flushShare)} of the runs' time (wall clock, so an upper bound: requests served between a flush's steps count in it)`,
    `  counting in all, per request and its flushes: at most ${percent(worst)} of page throughput (the interval's far end plus the flushes' share; target < 5 %): ${verdict}`,
  );
  lines.push(
    `profiled (node --cpu-prof, every request counted, ${options.rounds} s): counting and its flushes took ${percent(profiled)} of the server's busy time (target < 5 %)`,
  );
  const [edgeOff, edgeLog] = edgeRows;
  if (edgeOff && edgeLog) {
    lines.push(`edge, log on / log off: ${edgeLog.ratio.toFixed(3)} (${percent(1 - edgeLog.ratio)})`);
  }
  return { rows: [...rows, ...edgeRows], lines, paired };
}
