// Reads the wire-copy corpus (tests/fixtures/wire-copy/corpus/*.txt; its README describes the format).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { BUILT_IN_ROLES, type BuiltInRoleKey } from "@/lib/newsroom/credits";

export const CORPUS_DIR = path.join(import.meta.dirname, "../fixtures/wire-copy/corpus");

export interface ExpectedCredit {
  role: BuiltInRoleKey;
  name: string;
  affiliation: string | null;
}

export interface CorpusFixture {
  /** file:line, for naming the test. */
  at: string;
  publisher: string;
  url: string;
  text: string;
  credits: ExpectedCredit[];
  source: string | null;
  /** "YYYY-MM-DD HH:mm[:ss]", Beijing time. */
  time: string | null;
  title: string | null;
  lead: string | null;
  body: string[];
  kept: string[];
}

const roleByLabel = new Map(
  Object.values(BUILT_IN_ROLES).map((role) => [role.zh, role.key as BuiltInRoleKey] as const),
);

function readExpectation(fixture: CorpusFixture, line: string): void {
  const field = /^(source|time|title|lead|body|kept):\s?(.*)$/.exec(line);
  if (field) {
    const [, key, value = ""] = field;
    if (key === "body" || key === "kept") fixture[key].push(value);
    else if (key === "source" || key === "time" || key === "title" || key === "lead") fixture[key] = value;
    return;
  }
  const credit = /^(\S+) (\S+(?: \S+)*?)(?: @(\S+))?$/.exec(line);
  const role = credit?.[1] ? roleByLabel.get(credit[1]) : undefined;
  if (!credit?.[2] || !role) throw new Error(`${fixture.at}: cannot read the expectation «${line}»`);
  fixture.credits.push({ role, name: credit[2], affiliation: credit[3] ?? null });
}

function readFile(file: string): CorpusFixture[] {
  const fixtures: CorpusFixture[] = [];
  let current: CorpusFixture | null = null;
  let inExpectations = false;
  let text: string[] = [];
  const finish = () => {
    if (current) fixtures.push({ ...current, text: text.join("\n") });
  };
  readFileSync(path.join(CORPUS_DIR, file), "utf8")
    .split("\n")
    .forEach((line, index) => {
      const header = /^=== (.+?) \| (\S+)$/.exec(line);
      if (header) {
        finish();
        current = {
          at: `${file}:${index + 1}`,
          publisher: header[1] ?? "",
          url: header[2] ?? "",
          text: "",
          credits: [],
          source: null,
          time: null,
          title: null,
          lead: null,
          body: [],
          kept: [],
        };
        inExpectations = false;
        text = [];
      } else if (!current || line.startsWith("# ")) {
        return;
      } else if (line === "---") {
        inExpectations = true;
      } else if (inExpectations) {
        if (line.trim() !== "") readExpectation(current, line);
      } else {
        text.push(line);
      }
    });
  finish();
  return fixtures;
}

export function readCorpus(): CorpusFixture[] {
  return readdirSync(CORPUS_DIR)
    .filter((file) => file.endsWith(".txt"))
    .sort()
    .flatMap(readFile);
}
