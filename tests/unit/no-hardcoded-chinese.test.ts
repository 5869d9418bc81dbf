import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "../..");
const HAN = /\p{Script=Han}/u;

/**
 * Files whose Chinese has not yet moved to lib/i18n/messages. Each entry is debt: the list should
 * only shrink, and the test fails when a listed file no longer needs to be here.
 */
const NOT_YET_MIGRATED = new Set<string>([]);

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return tsxFiles(path);
    return entry.name.endsWith(".tsx") ? [path] : [];
  });
}

/** Blanks out comments (line, block and JSX) so that only code and markup are checked. */
function withoutComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`])\/\/.*$/gm, "$1");
}

function offenders(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const file of [...tsxFiles(join(root, "app")), ...tsxFiles(join(root, "components"))]) {
    const lines = withoutComments(readFileSync(file, "utf8"))
      .split("\n")
      .map((line, index) => ({ line: line.trim(), number: index + 1 }))
      .filter(({ line }) => HAN.test(line))
      .map(({ line, number }) => `${number}: ${line}`);
    if (lines.length > 0) found.set(relative(root, file), lines);
  }
  return found;
}

describe("UI strings live in the message files", () => {
  const found = offenders();

  it("no component or page hard-codes Chinese", () => {
    const report = [...found]
      .filter(([file]) => !NOT_YET_MIGRATED.has(file))
      .map(([file, lines]) => `${file}\n  ${lines.join("\n  ")}`);
    expect(report, "move these strings to lib/i18n/messages").toEqual([]);
  });

  it("the not-yet-migrated list has no files that are already clean", () => {
    expect([...NOT_YET_MIGRATED].filter((file) => !found.has(file))).toEqual([]);
  });
});
