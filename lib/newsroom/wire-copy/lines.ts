// Where credits sit in wire copy: on lines of their own around the body, at the start of the first
// paragraph, and at the end of the last one.
import { readByline } from "@/lib/newsroom/wire-copy/byline";
import { type DatelineReading, readDateline } from "@/lib/newsroom/wire-copy/dateline";
import type { Findings } from "@/lib/newsroom/wire-copy/findings";
import { houseOf } from "@/lib/newsroom/wire-copy/organizations";
import { containsRoleWord, STARTS_WITH_ROLE, UNKNOWN_CREDIT } from "@/lib/newsroom/wire-copy/roles";
import { clean, SENTENCE_PUNCTUATION } from "@/lib/newsroom/wire-copy/text";

export type LineReading = { kind: "dateline"; reading: DatelineReading } | { kind: "byline"; findings: Findings };

// A credit line may be wrapped whole: 【记者 张三】, (编辑 张晖), （责任编辑：李四）, [编辑：王五].
const WRAPPED = /^(?:【([^【】]+)】|\[([^[\]]+)\]|［([^［］]+)］|[(（]([^()（）]+)[)）])$/;

function unwrap(text: string): string | null {
  const match = WRAPPED.exec(text);
  return match ? (match[1] ?? match[2] ?? match[3] ?? match[4] ?? null) : null;
}

/** Reads a line that carries only article information: a dateline, or a byline or closing credit. */
export function readInformationLine(line: string, timeZone: string): LineReading | null {
  const text = clean(line);
  if (text === "") return null;
  const dateline = readDateline(text, timeZone);
  if (dateline) return { kind: "dateline", reading: dateline };
  const findings = readByline(unwrap(text) ?? text);
  return findings ? { kind: "byline", findings } : null;
}

/**
 * A short line that names people in a way the importer cannot read (审核：王五, ■本报记者 张三 报道).
 * It stays in the body, but the editor is told, and it does not end the run of lines around the body.
 */
export function looksLikeCredit(line: string): boolean {
  const text = clean(line);
  if (text.length > 40 || SENTENCE_PUNCTUATION.test(text)) return false;
  return UNKNOWN_CREDIT.test(text) || containsRoleWord(text);
}

/** Credits read off the start of the first paragraph or the end of the last. */
export interface EdgeReading {
  findings: Findings;
  /** The paragraph without its credits; empty when nothing else was on the line. */
  rest: string;
}

// A dispatch header (电头) before the credits: 本报讯, 本报成都8月5日电, 新华社北京8月5日电, 央视网消息.
const DISPATCH_THEN_CREDITS = /^([^\s（(【）)，。,]{1,30}?(?:讯|訊|电|電|消息))?\s*[(（]([^()（）]{1,80})[)）]\s*/;
const OPENING_BRACKETS = /^【([^【】]+)】\s*/;

function withHouse(findings: Findings, house: string | null): Findings {
  if (!house) return findings;
  // The dispatch header names the paper its own reporters work for; correspondents and editors may not.
  const staff = new Set(["REPORTER", "TRAINEE_REPORTER", "PHOTOGRAPHER"]);
  return {
    ...findings,
    credits: findings.credits.map((credit) =>
      credit.affiliation === null && staff.has(credit.role) ? { ...credit, affiliation: house } : credit,
    ),
  };
}

// A byline has a role word and a few names; past this many words the text is the story.
const BYLINE_WORDS_MAX = 8;

/** The longest run of words at the start of `text` that reads as a byline, leaving some text after it. */
function leadingWordsByline(text: string): EdgeReading | null {
  if (!STARTS_WITH_ROLE.test(text)) return null;
  let best: EdgeReading | null = null;
  for (const word of [...text.matchAll(/\S+/g)].slice(0, BYLINE_WORDS_MAX)) {
    const end = word.index + word[0].length;
    const rest = clean(text.slice(end));
    if (rest === "") break;
    const findings = readByline(text.slice(0, end), { strict: true });
    if (findings) best = { findings, rest };
    else if (best) break;
  }
  return best;
}

/**
 * Reads the byline at the start of the first paragraph: 【中华工商时报记者陈明】成都…, 本报讯（记者 张三）今天…,
 * （记者 张三 通讯员 李四）今天…, 本报记者 张三 今天…. The dispatch header stays in the paragraph, joined
 * to the story by a space where the credits were: it is part of the lead in Chinese news style, and the
 * importer drops no text.
 */
export function readLeadByline(line: string): EdgeReading | null {
  const text = clean(line);

  const bracketed = OPENING_BRACKETS.exec(text);
  if (bracketed?.[1]) {
    const findings = readByline(bracketed[1]);
    if (findings) return { findings, rest: clean(text.slice(bracketed[0].length)) };
  }

  const parenthesised = DISPATCH_THEN_CREDITS.exec(text);
  if (parenthesised?.[2]) {
    const findings = readByline(parenthesised[2]);
    const dispatch = parenthesised[1] ?? "";
    if (findings) {
      const after = clean(text.slice(parenthesised[0].length));
      const rest = dispatch && after ? `${dispatch} ${after}` : dispatch || after;
      return { findings: withHouse(findings, houseOf(dispatch)), rest };
    }
  }

  return leadingWordsByline(text);
}

// How far into the first paragraph a byline the importer could not read would end.
const LEAD_BYLINE_REACH = 16;

/**
 * The opening of a first paragraph that looks like a byline the importer could not read
 * (【记者观察】, 本报记者张三报道 近日…), for telling the editor; null when it does not look like one.
 */
export function unreadLeadByline(line: string): string | null {
  const text = clean(line);
  const bracketed = OPENING_BRACKETS.exec(text);
  if (bracketed?.[1] && containsRoleWord(bracketed[1])) return clean(bracketed[0]);
  const parenthesised = DISPATCH_THEN_CREDITS.exec(text);
  if (parenthesised?.[2] && containsRoleWord(parenthesised[2])) return clean(parenthesised[0]);
  // 记者从市卫健委获悉，… is prose; a byline is set off from the story by a space.
  const space = text.slice(0, LEAD_BYLINE_REACH).search(/\s/);
  return STARTS_WITH_ROLE.test(text) && space > 0 ? `${text.slice(0, space)}…` : null;
}

const CLOSING_CREDIT = /^(.*?)\s*(?:[(（]([^()（）]+)[)）]|【([^【】]+)】)$/;

/** Reads a credit closing the last paragraph: ……捐赠现金2万余元。（编辑 张晖）. */
export function readClosingCredit(line: string): EdgeReading | null {
  const text = clean(line);
  const match = CLOSING_CREDIT.exec(text);
  const inner = match?.[2] ?? match?.[3];
  if (!match?.[1] || !inner) return null;
  const findings = readByline(inner);
  return findings ? { findings, rest: clean(match[1]) } : null;
}
