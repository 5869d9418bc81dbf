// Credits inside the story's own paragraphs: at the start of the first (【记者 张三】…, 本报讯（记者 张三）…,
// 本报北京6月20日讯 记者徐生报道：…), at the end of the last (……。（编辑 张晖）), and after a decorative mark
// closing a paragraph (……的讀者。◆香港文匯報記者 柴婧、黃子龍).
import { readByline } from "@/lib/newsroom/wire-copy/byline";
import type { Findings } from "@/lib/newsroom/wire-copy/findings";
import { houseOf } from "@/lib/newsroom/wire-copy/organizations";
import { DECORATIVE_MARK } from "@/lib/newsroom/wire-copy/page-labels";
import { containsRoleWord, STARTS_WITH_ROLE } from "@/lib/newsroom/wire-copy/roles";
import { clean } from "@/lib/newsroom/wire-copy/text";

/** Credits read off the start of the first paragraph or the end of the last. */
export interface EdgeReading {
  findings: Findings;
  /** The paragraph without its credits; empty when nothing else was on the line. */
  rest: string;
}

// A dispatch header (电头) before the credits: 本报讯, 本报成都8月5日电, 新华社北京8月5日电, 央视网消息.
const DISPATCH_THEN_CREDITS = /^([^\s（(【）)，。,]{1,30}?(?:讯|訊|电|電|消息))?\s*[(（]([^()（）]{1,80})[)）]\s*/;
const OPENING_BRACKETS = /^【([^【】]+)】\s*/;
// The older style, credits between the dispatch and 报道：, no brackets: 本报北京七月九日讯记者廖先旺报道：….
const DISPATCH_THEN_REPORTED =
  /^([^\s（(【）)，。,:：]{1,30}?(?:讯|訊|电|電))\s*([^，。,:：！？]{2,40}?)(?:报道|報導|报导|報道)[:：]\s*/;

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

  const reported = DISPATCH_THEN_REPORTED.exec(text);
  if (reported?.[1] && reported[2]) {
    const findings = readByline(reported[2]);
    const after = clean(text.slice(reported[0].length));
    if (findings && after)
      return { findings: withHouse(findings, houseOf(reported[1])), rest: `${reported[1]} ${after}` };
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

// ……的讀者。◆香港文匯報記者 柴婧、黃子龍: a mark after the last sentence sets off the credit.
const MARKED_CLOSING = /^(.*[。！？!?”」』])\s*[■□●○◆◇▲△★☆☉◎※]\s*([^。！？!?]{2,60})$/;

/** Reads a credit set off by a decorative mark at the end of a paragraph. */
export function readMarkedClosing(line: string): EdgeReading | null {
  const match = MARKED_CLOSING.exec(clean(line));
  if (!match?.[1] || !match[2]) return null;
  const findings = readByline(match[2]);
  return findings ? { findings, rest: clean(match[1]) } : null;
}

/** A caption or a summary set off by a mark before the lead (■大公報招牌遭暴徒破壞。). */
export function isMarkedAside(line: string): boolean {
  return DECORATIVE_MARK.test(clean(line)) || /^(?:图|圖)[:：/／]/.test(clean(line));
}
