import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "../..");
const HAN = /\p{Script=Han}/u;

/** Where interface strings belong; everything else in app/, components/ and lib/ is scanned. */
const NOT_SCANNED = ["lib/i18n/messages/", "lib/generated/"];

/**
 * Files whose Chinese is data, not interface: tables and patterns of the newsroom's domain. Each entry
 * says why. A listed file that no longer holds Chinese fails the test, so the list stays exact.
 */
const DOMAIN_DATA: Record<string, string> = {
  "lib/newsroom/surnames.ts": "surname table for splitting names written together",
  "lib/newsroom/credits.ts": "the built-in credit roles' Chinese names (byline vocabulary)",
  "lib/newsroom/time.ts": "reading 2022年08月05日 times, and the Chinese dateline style",
  "lib/newsroom/wire-copy.ts": "wire-copy parsing: patterns, and findings reported in the copy's language",
  "lib/newsroom/wire-copy/byline.ts": "wire-copy parsing patterns",
  "lib/newsroom/wire-copy/credit-line.ts": "wire-copy parsing patterns",
  "lib/newsroom/wire-copy/dateline.ts": "wire-copy parsing patterns",
  "lib/newsroom/wire-copy/edges.ts": "wire-copy parsing patterns",
  "lib/newsroom/wire-copy/frame.ts": "wire-copy parsing patterns",
  "lib/newsroom/wire-copy/organizations.ts": "news organisations' names",
  "lib/newsroom/wire-copy/page-labels.ts": "labels of CMS pages that are never a person",
  "lib/newsroom/wire-copy/roles.ts": "credit role words of wire copy",
  "lib/newsroom/wire-copy/source.ts": "wire-copy parsing patterns",
  "lib/newsroom/wire-copy/structure.ts": "wire-copy parsing patterns",
  "lib/newsroom/wire-copy/text.ts": "wire-copy parsing patterns",
  "lib/newsroom/wire-copy/unkeyed.ts": "wire-copy parsing patterns",
  "components/admin/rich-editor/paste.ts": "list markers of pasted Chinese documents (一、二、)",
  "lib/services/users/ensure-first-admin.ts": "the first admin's stored display name",
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [path] : [];
  });
}

/** The Chinese in a file's code and markup (string, template and regex literals, JSX text); comments are not code. */
function chineseIn(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const source = ts.createSourceFile(
    file,
    text,
    ts.ScriptTarget.Latest,
    true,
    file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    const literal =
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node) ||
      ts.isRegularExpressionLiteral(node) ||
      ts.isJsxText(node);
    if (literal && HAN.test(node.getText(source))) {
      const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
      found.push(`${line}: ${node.getText(source).trim().slice(0, 80)}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function offenders(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const dir of ["app", "components", "lib"]) {
    for (const file of sourceFiles(join(root, dir))) {
      const path = relative(root, file).split("\\").join("/");
      if (NOT_SCANNED.some((prefix) => path.startsWith(prefix))) continue;
      const lines = chineseIn(file);
      if (lines.length > 0) found.set(path, lines);
    }
  }
  return found;
}

describe("interface strings live in the message files", () => {
  const found = offenders();

  it("no code under app/, components/ or lib/ hard-codes Chinese, except domain data", () => {
    const report = [...found]
      .filter(([file]) => !(file in DOMAIN_DATA))
      .map(([file, lines]) => `${file}\n  ${lines.join("\n  ")}`);
    expect(report, "move these strings to lib/i18n/messages, or list domain data in DOMAIN_DATA").toEqual([]);
  });

  it("the domain-data list names only files that still hold Chinese", () => {
    expect(Object.keys(DOMAIN_DATA).filter((file) => !found.has(file))).toEqual([]);
  });

  it("finds Chinese in code but not in comments", () => {
    const probe = join(root, "tests/fixtures/i18n-scan-probe.tsx");
    expect(chineseIn(probe)).toEqual(['3: "标题"', "4: `已发布 ${", "5: /记者/", "6: 正文"]);
  });
});
