// What the test runners' JSON reports say, for npm test's summary: the counts, and by name every test
// that failed (or, in Playwright, passed only on its retry), so that the last lines of a long CI log
// name them. One summary shape for vitest and Playwright.
import path from "node:path";

interface ReportTest {
  status: "expected" | "unexpected" | "flaky" | "skipped";
}
interface ReportSpec {
  title: string;
  file: string;
  line: number;
  tests: ReportTest[];
}
interface ReportSuite {
  specs?: ReportSpec[];
  suites?: ReportSuite[];
}
export interface PlaywrightReport {
  stats: { expected: number; unexpected: number; skipped: number; flaky: number };
  suites?: ReportSuite[];
}

export interface ReportSummary {
  passed: number;
  failed: number;
  skipped: number;
  /** `file:line title` of each test that failed, and of each that passed only when retried. */
  failedTests: string[];
  flakyTests: string[];
}

function* specsOf(suites: readonly ReportSuite[]): Generator<ReportSpec> {
  for (const suite of suites) {
    yield* suite.specs ?? [];
    yield* specsOf(suite.suites ?? []);
  }
}

/** A flaky test counts as passed (it did, on its retry) and is named apart. */
export function summariseReport(report: PlaywrightReport): ReportSummary {
  const failedTests: string[] = [];
  const flakyTests: string[] = [];
  for (const spec of specsOf(report.suites ?? [])) {
    const name = `${spec.file}:${spec.line} ${spec.title}`;
    for (const test of spec.tests) {
      if (test.status === "unexpected") failedTests.push(name);
      if (test.status === "flaky") flakyTests.push(name);
    }
  }
  return {
    passed: report.stats.expected + report.stats.flaky,
    failed: report.stats.unexpected,
    skipped: report.stats.skipped,
    failedTests,
    flakyTests,
  };
}

export interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  testResults?: Array<{ name: string; assertionResults: Array<{ status: string; fullName: string }> }>;
}

/** Vitest retries nothing here: no test is flaky; a failed one is named by its file and full name. */
export function summariseVitestReport(report: VitestReport, root = process.cwd()): ReportSummary {
  const failedTests = (report.testResults ?? []).flatMap((file) =>
    file.assertionResults
      .filter((result) => result.status === "failed")
      .map((result) => `${path.relative(root, file.name)} ${result.fullName}`),
  );
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests,
    skipped: report.numPendingTests + report.numTodoTests,
    failedTests,
    flakyTests: [],
  };
}
