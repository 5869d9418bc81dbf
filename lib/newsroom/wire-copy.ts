// Parses wire copy in the common Chinese news-site layout into article fields:
//
//   标题
//   2022年08月05日13:48来源:中华工商网
//     【中华工商时报记者陈明通讯员苏显中廖生权】正文第一段……
//   小标题
//     正文……
//   (编辑 张晖)
//
// Nothing is dropped: a line it cannot place stays in the body.
import { headingBlock, paragraphBlock, type BodyBlock, type BodyDoc } from "@/lib/newsroom/body";
import { splitChineseNames } from "@/lib/newsroom/chinese-names";
import type { CreditLine, CreditRoleKey } from "@/lib/newsroom/credits";
import { parseLocalDateTime } from "@/lib/newsroom/time";

export interface ParsedCredit extends CreditLine {
  /** True when the names written together around this one could also be split another way. */
  uncertain: boolean;
}

export interface WireCopy {
  title: string;
  publishedAt: Date | null;
  source: string | null;
  credits: ParsedCredit[];
  body: BodyDoc;
}

const ROLE_WORDS: Array<[string, CreditRoleKey]> = [
  ["记者", "REPORTER"],
  ["記者", "REPORTER"],
  ["通讯员", "CORRESPONDENT"],
  ["通訊員", "CORRESPONDENT"],
  ["编辑", "EDITOR"],
  ["編輯", "EDITOR"],
];

const ROLE_PATTERN = new RegExp(ROLE_WORDS.map(([word]) => word).join("|"), "g");
const DATELINE =
  /^(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*\d{1,2}\s*[:：]\s*\d{2})\s*(?:[来來]源\s*[:：]\s*(.+))?$/;
const OPENING_BYLINE = /^【([^】]+)】\s*/;
const CLOSING = /^[(（]\s*((?:编辑|編輯|责任编辑|責任編輯)[^)）]*)[)）]$/;
const SENTENCE_END = /[。！？!?;；…”」』"]$/;
const INDENTED = /^[ \t\u3000]+\S/;

const clean = (line: string) => line.replace(/^[\s\u3000]+|[\s\u3000]+$/g, "");

/** Reads "中华工商时报记者陈明通讯员苏显中廖生权" into ordered credits. */
export function parseBylineText(text: string): ParsedCredit[] {
  const credits: ParsedCredit[] = [];
  const matches = [...text.matchAll(ROLE_PATTERN)];
  let cursor = 0;
  matches.forEach((match, index) => {
    const start = match.index;
    const affiliation = clean(text.slice(cursor, start)).replace(/[:：]$/, "");
    const namesEnd = matches[index + 1]?.index ?? text.length;
    const role = ROLE_WORDS.find(([word]) => word === match[0])?.[1] ?? "REPORTER";
    const namesText = text.slice(start + match[0].length, namesEnd).replace(/^[\s:：]+/, "");
    for (const chunk of namesText.split(/[\s\u3000,，、/]+/).filter(Boolean)) {
      const split = splitChineseNames(chunk);
      for (const name of split.names) {
        credits.push({ role, name, affiliation: affiliation || null, uncertain: split.alternatives.length > 0 });
      }
    }
    cursor = namesEnd;
  });
  return credits;
}

function isSubheading(rawLine: string, previousBlank: boolean, nextBlank: boolean): boolean {
  const line = clean(rawLine);
  return !INDENTED.test(rawLine) && previousBlank && nextBlank && line.length <= 40 && !SENTENCE_END.test(line);
}

export function parseWireCopy(text: string, timeZone: string): WireCopy {
  const lines = text
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .split("\n");
  const isBlank = (index: number) => index < 0 || index >= lines.length || clean(lines[index] ?? "") === "";

  let index = lines.findIndex((line) => clean(line) !== "");
  const title = index >= 0 ? clean(lines[index] ?? "") : "";
  index += 1;

  let publishedAt: Date | null = null;
  let source: string | null = null;
  const credits: ParsedCredit[] = [];
  const blocks: BodyBlock[] = [];

  for (; index < lines.length; index += 1) {
    const raw = lines[index] ?? "";
    let line = clean(raw);
    if (line === "") continue;

    const dateline = publishedAt === null && blocks.length === 0 ? DATELINE.exec(line) : null;
    if (dateline?.[1]) {
      publishedAt = parseLocalDateTime(dateline[1], timeZone);
      source = dateline[2] ? clean(dateline[2]) : null;
      if (publishedAt) continue;
    }

    if (blocks.length === 0) {
      const byline = OPENING_BYLINE.exec(line);
      if (byline?.[1]) {
        credits.push(...parseBylineText(byline[1]));
        line = line.slice(byline[0].length);
        if (line === "") continue;
      }
    }

    const closing = CLOSING.exec(line);
    if (closing?.[1]) {
      const closingCredits = parseBylineText(closing[1].replace(/责任编辑|責任編輯/, "编辑"));
      if (closingCredits.length > 0) {
        credits.push(...closingCredits);
        continue;
      }
    }

    const subheading = blocks.length > 0 && isSubheading(raw, isBlank(index - 1), isBlank(index + 1));
    blocks.push(subheading ? headingBlock(line) : paragraphBlock(line));
  }

  return { title, publishedAt, source, credits, body: { type: "doc", content: blocks } };
}
