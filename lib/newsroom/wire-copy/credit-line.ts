// A line of its own that credits people: 本报记者 张三, 文/张三 图/李四, 责任编辑：张晖, ■本报见习记者 朱凌君,
// （项目团队：本报记者 李晓……）. Parts the newsroom has no role for (排版｜付思涵, 校对：李四) and names
// printed with no role before an affiliated credit (张平 胡果 四川发布客户端记者 邹辉) are handed back to
// stay in the body; the rest is read.
import { readsAsNames, splitChineseNames } from "@/lib/newsroom/chinese-names";
import { readByline } from "@/lib/newsroom/wire-copy/byline";
import { type Findings, quote } from "@/lib/newsroom/wire-copy/findings";
import { isOrganisation } from "@/lib/newsroom/wire-copy/organizations";
import { DECORATIVE_MARK } from "@/lib/newsroom/wire-copy/page-labels";
import { findRoleWords, UNKNOWN_CREDIT_WORDS } from "@/lib/newsroom/wire-copy/roles";
import { clean } from "@/lib/newsroom/wire-copy/text";

export interface CreditLineReading {
  findings: Findings;
  /** Parts of the line that were not read, verbatim. */
  unplaced: string[];
}

// A credit line may be wrapped whole: 【记者 张三】, (编辑 张晖), （责任编辑：李四）, [编辑：王五].
const WRAPPED = /^(?:【([^【】]+)】|\[([^[\]]+)\]|［([^［］]+)］|[(（]([^()（）]+)[)）])$/;
// Where a credit the newsroom has no role for starts: 排版 | 付思涵, 校对：李四.
const UNKNOWN_PART = new RegExp(
  String.raw`(?<=^|[\s\u3000])(?:${UNKNOWN_CREDIT_WORDS.join("|")})(?=[\s\u3000]*[:：/／｜|丨])`,
);
// A heading over a list of credits: 项目团队：本报记者 李晓…
const LIST_HEADING = /^([^\s:：]{2,8}[:：])\s*/;

function unwrap(text: string): string {
  const match = WRAPPED.exec(text);
  return match ? (match[1] ?? match[2] ?? match[3] ?? match[4] ?? text) : text;
}

/** Reads a credit line; null when nothing on it is a credit the newsroom can place. */
export function readCreditLine(line: string): CreditLineReading | null {
  const text = clean(unwrap(clean(line).replace(DECORATIVE_MARK, "")));
  const unknown = UNKNOWN_PART.exec(text);
  const known = unknown ? clean(text.slice(0, unknown.index)) : text;
  const trailing = unknown ? [clean(text.slice(unknown.index))] : [];
  if (known === "") return null;
  const whole = readByline(known);
  if (whole) return { findings: whole, unplaced: trailing };
  const prefixed = readAfterPrefix(known);
  return prefixed ? { findings: prefixed.findings, unplaced: [...prefixed.unplaced, ...trailing] } : null;
}

/**
 * Reads a credit that follows words it cannot place: a heading (项目团队：) or names with no role of
 * their own before the affiliation of the next credit (张平 胡果 申浩伯 四川发布客户端记者 邹辉).
 */
function readAfterPrefix(text: string): CreditLineReading | null {
  const heading = LIST_HEADING.exec(text);
  if (heading?.[1] && findRoleWords(heading[1]).length === 0) {
    const findings = readByline(text.slice(heading[0].length));
    if (findings) return { findings, unplaced: [heading[1]] };
  }
  const first = findRoleWords(text)[0];
  if (!first) return null;
  const before = text.slice(0, first.start);
  const lastSpace = before.search(/[\s\u3000]+\S*$/);
  if (lastSpace <= 0) return null;
  const organisation = clean(before.slice(lastSpace));
  if (!isOrganisation(organisation)) return null;
  const findings = readByline(text.slice(lastSpace));
  return findings ? { findings, unplaced: [clean(before.slice(0, lastSpace))] } : null;
}

const NAME = /^[\p{Script=Han}·]{2,4}$/u;

/**
 * A line of names and nothing else under the headline (刘琼, ☉張國財): how many pages print the author.
 * Read as the reporter, and the editor is asked to confirm.
 */
export function readBareNames(line: string): Findings | null {
  const text = clean(clean(line).replace(DECORATIVE_MARK, ""));
  const words = text.split(/[\s\u3000、，,]+/).filter(Boolean);
  if (words.length === 0 || words.length > 4) return null;
  const names: string[] = [];
  for (const word of words) {
    if (!NAME.test(word) || isOrganisation(word) || !readsAsNames(word)) return null;
    const split = splitChineseNames(word);
    if (split.names.length !== 1 || split.alternatives.length > 0) return null;
    names.push(...split.names);
  }
  return {
    credits: names.map((name) => ({ role: "REPORTER", name, affiliation: null, uncertain: true })),
    nameSplits: [],
    notes: [`${quote(text)}按作者导入，请确认`],
  };
}
