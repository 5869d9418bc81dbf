// npm test — every test layer, in order of speed: static checks, unit, integration on PostgreSQL and
// on the embedded database, then the production build driven by Playwright in Chromium.
import { spawn, spawnSync } from "node:child_process";
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { chromium } from "@playwright/test";
import { chromiumPath } from "../e2e/support/config";
import { summariseReport, summariseVitestReport, type PlaywrightReport, type VitestReport } from "./test-reports";
import { missingBrowserHint, planBrowser, type BrowserProbe } from "./test-browser";
import { createScratchDatabase, ADMIN_URL } from "../tests/support/postgres";

const RESULTS = "test-results";
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const requirePostgres = process.env.MASTHEAD_REQUIRE_POSTGRES === "1";

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}
const total: Counts = { passed: 0, failed: 0, skipped: 0 };
const failures: string[] = [];
/** Tests by name, repeated in the summary: a long CI log may be kept only in part. */
const failedTests: string[] = [];
const flakyTests: string[] = [];
/**
 * An end-to-end test that fails is run once more; one that passes then is counted as passed and named
 * as flaky in the summary, never hidden.
 */
const E2E_RETRIES = 1;

function heading(text: string) {
  console.log(`\n━━━ ${text} ${"━".repeat(Math.max(0, 70 - text.length))}`);
}

/** The line that ends a step, and its failure recorded. */
function ended(step: string, ok: boolean, started: number, note = ""): boolean {
  console.log(`${ok ? "✓" : "✗"} ${step} (${((Date.now() - started) / 1000).toFixed(1)} s${note})`);
  if (!ok) failures.push(step);
  return ok;
}

function run(step: string, command: string, args: string[], extraEnv: Record<string, string> = {}): boolean {
  heading(step);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...env, ...extraEnv } });
  return ended(step, result.status === 0, started);
}

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as T;
  } catch {
    return null;
  }
}

function vitest(step: string, projects: string[], extraEnv: Record<string, string> = {}) {
  const output = path.join(RESULTS, `vitest-${projects.join("-")}.json`);
  const projectArgs = projects.flatMap((project) => ["--project", project]);
  run(
    step,
    "npx",
    ["vitest", "run", ...projectArgs, "--reporter=default", "--reporter=json", `--outputFile.json=${output}`],
    extraEnv,
  );
  const report = readJson<VitestReport>(output);
  if (!report) return;
  const summary = summariseVitestReport(report);
  total.passed += summary.passed;
  total.failed += summary.failed;
  total.skipped += summary.skipped;
  failedTests.push(...summary.failedTests.map((name) => `${step}: ${name}`));
}

/** Runs a step beside others: its output goes to a log, printed whole when it ends. */
function runBeside(step: string, command: string, args: string[], extraEnv: Record<string, string>): Promise<boolean> {
  const log = path.join(RESULTS, `${step.replace(/\W+/g, "-")}.log`);
  const started = Date.now();
  const out = openSync(log, "w");
  const child = spawn(command, args, { stdio: ["ignore", out, out], env: { ...env, ...extraEnv } });
  return new Promise((resolve) => {
    child.on("close", (code) => {
      closeSync(out);
      heading(step);
      process.stdout.write(readFileSync(log));
      resolve(ended(step, code === 0, started, ", beside the other passes"));
    });
  });
}

interface E2ePass {
  step: string;
  env: Record<string, string>;
}

/**
 * The end-to-end passes run at once, each with its own server, edges and ports (E2E_PORT..+3) and
 * its own output folder: one pass keeps the machine about half busy (its tests mostly wait on the
 * browser and the server), so two share its two cores well.
 */
async function playwrightPasses(passes: E2ePass[]): Promise<void> {
  await Promise.all(
    passes.map(async (pass, i) => {
      const slug = pass.step.replace(/\W+/g, "-");
      const output = path.join(RESULTS, `playwright-${slug}.json`);
      await runBeside(
        pass.step,
        "npx",
        [
          "playwright",
          "test",
          "--reporter=list,json",
          `--output=${path.join(RESULTS, `e2e-${slug}`)}`,
          `--retries=${E2E_RETRIES}`,
        ],
        { ...pass.env, E2E_PORT: String(3210 + i * 100), PLAYWRIGHT_JSON_OUTPUT_NAME: output },
      );
      const report = readJson<PlaywrightReport>(output);
      if (!report) return;
      const summary = summariseReport(report);
      total.passed += summary.passed;
      total.failed += summary.failed;
      total.skipped += summary.skipped;
      failedTests.push(...summary.failedTests.map((name) => `${pass.step}: ${name}`));
      flakyTests.push(...summary.flakyTests.map((name) => `${pass.step}: ${name}`));
    }),
  );
}

async function postgresReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

/** Where the browsers are: CHROMIUM_PATH or Debian's, and Playwright's own at its default path. */
function probeBrowsers(installTried: boolean): BrowserProbe {
  let own: string | undefined;
  try {
    own = chromium.executablePath();
  } catch {
    // A platform Playwright has no Chromium build for.
  }
  return {
    system: chromiumPath(),
    playwright: own && existsSync(own) ? own : undefined,
    ci: !!process.env.CI,
    installTried,
  };
}

let plan = planBrowser(probeBrowsers(false));
if (plan.kind === "install") {
  heading("Installing Playwright's Chromium");
  console.log("No Chromium found: `npx playwright install chromium` (needs the internet).");
  spawnSync("npx", ["playwright", "install", "chromium"], { stdio: "inherit", env });
  plan = planBrowser(probeBrowsers(true));
}
if (plan.kind !== "use") {
  console.error(missingBrowserHint(!!process.env.CI));
  process.exit(1);
}
const browser = plan.path;

rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });
const started = Date.now();

if (run("Route types", "npx", ["next", "typegen"])) run("TypeScript", "npx", ["tsc", "--noEmit"]);
run("ESLint", "npx", ["eslint", "."]);
vitest("Unit tests", ["unit"]);

const hasPostgres = await postgresReachable();
if (hasPostgres) {
  vitest("Integration tests on PostgreSQL", ["int-postgres"]);
} else if (requirePostgres) {
  heading("Integration tests on PostgreSQL");
  console.error(`✗ No PostgreSQL server at ${ADMIN_URL.replace(/\/\/[^@]*@/, "//")} (MASTHEAD_REQUIRE_POSTGRES=1).`);
  failures.push("Integration tests on PostgreSQL");
} else {
  heading("Integration tests on PostgreSQL");
  console.log(
    `No PostgreSQL server at ${ADMIN_URL.replace(/\/\/[^@]*@/, "//")}: this layer did not run; the integration tests run on the embedded database (PGlite) alone.`,
  );
  console.log("Set TEST_POSTGRES_URL to a server where the user may CREATE DATABASE to include it.");
}
vitest("Integration tests on the embedded database (PGlite)", ["int-pglite"]);

// The build must not open a database: point the embedded one at a folder that must stay absent.
const buildProbe = path.join(tmpdir(), `masthead-build-probe-${process.pid}`);
const built = run("Production build", "npx", ["tsx", "scripts/build.ts"], {
  DATABASE_URL: "",
  MASTHEAD_DATA_DIR: buildProbe,
  // Build workers load instrumentation.ts; the scheduler is for the running server only.
  MASTHEAD_SCHEDULER_INTERVAL_MS: "0",
});
if (built && existsSync(buildProbe)) {
  console.error(`✗ The build opened the embedded database (${buildProbe} was created).`);
  failures.push("Production build touched the database");
}
if (built) {
  const passes: E2ePass[] = [{ step: "End-to-end on the embedded database", env: { CHROMIUM_PATH: browser } }];
  const database = hasPostgres ? await createScratchDatabase("masthead_e2e") : undefined;
  if (database) {
    passes.push({ step: "End-to-end on PostgreSQL", env: { CHROMIUM_PATH: browser, E2E_DATABASE_URL: database.url } });
    // Each spec in one of the two passes (e2e/support/passes.ts).
    for (const pass of passes) pass.env.E2E_SPLIT = "1";
  }
  try {
    await playwrightPasses(passes);
  } finally {
    await database?.drop();
  }
}

heading("Summary");
console.log(
  `${((Date.now() - started) / 1000).toFixed(0)} s; browser: ${browser}; PostgreSQL: ${hasPostgres ? "yes" : "not available"}`,
);
if (failures.length > 0) console.log(`Failed steps: ${failures.join(", ")}`);
for (const name of failedTests) console.log(`✗ failed: ${name}`);
for (const name of flakyTests) console.log(`! flaky (failed, then passed on its retry): ${name}`);
console.log(
  `tests: ${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ""}`,
);
process.exit(failures.length > 0 || total.failed > 0 ? 1 : 0);
