// structured-data-testing-tool's Google, Twitter and Facebook presets on a served page: what Google's
// article rich results, X's cards and Facebook's (and so most platforms') previews look for.
import { createRequire } from "node:module";

interface TestResult {
  test: string;
  description?: string;
  group?: string;
  error?: { message?: string };
}

interface Result {
  passed: TestResult[];
  failed: TestResult[];
  warnings: TestResult[];
}

interface Tool {
  structuredDataTest(input: string, options: { presets: unknown[] }): Promise<Result>;
}

// A CommonJS package without types: loaded as such and typed here by what this file reads of it.
const require = createRequire(import.meta.url);
const tool = require("structured-data-testing-tool") as Tool;
const presets = require("structured-data-testing-tool/presets") as Record<"Google" | "Twitter" | "Facebook", unknown>;

export interface Verdict {
  passed: number;
  /** Each failed test as "group: description". */
  failed: string[];
  warnings: string[];
}

const label = (result: TestResult) => `${result.group ?? "?"}: ${result.description ?? result.test}`;

export async function shareCardVerdict(html: string): Promise<Verdict> {
  let result: Result;
  try {
    result = await tool.structuredDataTest(html, { presets: [presets.Google, presets.Twitter, presets.Facebook] });
  } catch (error) {
    // The tool rejects when any test fails, with the whole result attached.
    const failed = error as { type?: string; res?: Result };
    if (failed.type !== "VALIDATION_FAILED" || !failed.res) throw error;
    result = failed.res;
  }
  return {
    passed: result.passed.length,
    failed: result.failed.map(label),
    warnings: result.warnings.map(label),
  };
}
