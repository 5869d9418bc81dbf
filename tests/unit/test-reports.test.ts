// npm test's reading of the runners' JSON reports: counts, and the tests that failed or (Playwright)
// passed only on their retry, by name, from suites nested at any depth.
import { describe, expect, it } from "vitest";
import { summariseReport, summariseVitestReport, type PlaywrightReport } from "../../scripts/test-reports";

const report: PlaywrightReport = {
  stats: { expected: 2, unexpected: 1, skipped: 1, flaky: 1 },
  suites: [
    {
      specs: [
        { title: "publishes", file: "a.spec.ts", line: 3, tests: [{ status: "expected" }] },
        { title: "goes live on time", file: "a.spec.ts", line: 9, tests: [{ status: "flaky" }] },
      ],
      suites: [
        {
          specs: [
            { title: "two-factor › enrols", file: "b.spec.ts", line: 12, tests: [{ status: "unexpected" }] },
            { title: "signs out", file: "b.spec.ts", line: 30, tests: [{ status: "expected" }] },
            { title: "only on a Mac", file: "b.spec.ts", line: 40, tests: [{ status: "skipped" }] },
          ],
        },
      ],
    },
  ],
};

describe("summariseReport", () => {
  it("counts a test that passed on its retry as passed, and names it as flaky", () => {
    const summary = summariseReport(report);
    expect(summary).toMatchObject({ passed: 3, failed: 1, skipped: 1 });
    expect(summary.flakyTests).toEqual(["a.spec.ts:9 goes live on time"]);
  });

  it("names a failed test found in a nested suite", () => {
    expect(summariseReport(report).failedTests).toEqual(["b.spec.ts:12 two-factor › enrols"]);
  });

  it("reads a report with no suites (nothing ran)", () => {
    const empty = summariseReport({ stats: { expected: 0, unexpected: 0, skipped: 0, flaky: 0 } });
    expect(empty).toEqual({ passed: 0, failed: 0, skipped: 0, failedTests: [], flakyTests: [] });
  });
});

describe("summariseVitestReport", () => {
  it("counts pending and todo tests as skipped and names each failed test by file and full name", () => {
    const summary = summariseVitestReport(
      {
        numPassedTests: 5,
        numFailedTests: 1,
        numPendingTests: 1,
        numTodoTests: 1,
        testResults: [
          {
            name: "/repo/tests/integration/backup-restore.test.ts",
            assertionResults: [
              { status: "passed", fullName: "backup and restore brings a site back" },
              { status: "failed", fullName: "backup and restore refuses to restore over a site" },
            ],
          },
        ],
      },
      "/repo",
    );
    expect(summary).toEqual({
      passed: 5,
      failed: 1,
      skipped: 2,
      failedTests: ["tests/integration/backup-restore.test.ts backup and restore refuses to restore over a site"],
      flakyTests: [],
    });
  });
});
