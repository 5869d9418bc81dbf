// npm test — every test layer, in order of speed: static checks, unit, integration on PostgreSQL and
// on the embedded database, then the production build driven by Playwright in Chromium.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { chromium } from "@playwright/test";
import { chromiumPath } from "../e2e/support/config";
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

function heading(text: string) {
  console.log(`\n━━━ ${text} ${"━".repeat(Math.max(0, 70 - text.length))}`);
}

function run(step: string, command: string, args: string[], extraEnv: Record<string, string> = {}): boolean {
  heading(step);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...env, ...extraEnv } });
  const ok = result.status === 0;
  console.log(`${ok ? "✓" : "✗"} ${step} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  if (!ok) failures.push(step);
  return ok;
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
  const report = readJson<{
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
  }>(output);
  if (!report) return;
  total.passed += report.numPassedTests;
  total.failed += report.numFailedTests;
  total.skipped += report.numPendingTests + report.numTodoTests;
}

function playwright(step: string, extraEnv: Record<string, string> = {}) {
  const output = path.join(RESULTS, `playwright-${step.replace(/\W+/g, "-")}.json`);
  run(step, "npx", ["playwright", "test", "--reporter=list,json"], {
    ...extraEnv,
    PLAYWRIGHT_JSON_OUTPUT_NAME: output,
  });
  const report = readJson<{ stats: { expected: number; unexpected: number; skipped: number; flaky: number } }>(output);
  if (!report) return;
  total.passed += report.stats.expected + report.stats.flaky;
  total.failed += report.stats.unexpected;
  total.skipped += report.stats.skipped;
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
  playwright("End-to-end on the embedded database", { CHROMIUM_PATH: browser });
  if (hasPostgres) {
    const database = await createScratchDatabase("masthead_e2e");
    try {
      playwright("End-to-end on PostgreSQL", { CHROMIUM_PATH: browser, E2E_DATABASE_URL: database.url });
    } finally {
      await database.drop();
    }
  }
}

heading("Summary");
console.log(
  `${((Date.now() - started) / 1000).toFixed(0)} s; browser: ${browser}; PostgreSQL: ${hasPostgres ? "yes" : "not available"}`,
);
if (failures.length > 0) console.log(`Failed steps: ${failures.join(", ")}`);
console.log(
  `tests: ${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ""}`,
);
process.exit(failures.length > 0 || total.failed > 0 ? 1 : 0);
