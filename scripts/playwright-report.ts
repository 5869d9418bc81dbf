// What a Playwright JSON report says, for npm test's summary: the counts, and by name every test that
// failed or passed only on its retry, so that the last lines of a long CI log name them.

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
