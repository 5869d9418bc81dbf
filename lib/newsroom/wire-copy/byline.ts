// Reads byline text — 中华工商时报记者陈明通讯员苏显中廖生权, 记者 张三 通讯员 李四, 文/王五 图/赵六,
// 责任编辑：钱七 — into credits. A byline is read whole or not at all: when any part of it is not an
// affiliation, a role word or a name, the caller keeps the text in the body instead.
import { readsAsNames, splitChineseNames, surnameLengthAt } from "@/lib/newsroom/chinese-names";
import { type Findings, quote } from "@/lib/newsroom/wire-copy/findings";
import { isOrganisation, splitGluedOrganisation } from "@/lib/newsroom/wire-copy/organizations";
import { approximationNote, findRoleWords, isGenericWord, type RoleWord } from "@/lib/newsroom/wire-copy/roles";
import {
  clean,
  LEADING_SEPARATORS,
  NAME_SEPARATOR_CHARS,
  SENTENCE_PUNCTUATION,
  TRAILING_SEPARATORS,
} from "@/lib/newsroom/wire-copy/text";

export interface BylineOptions {
  /**
   * Every name must start with a known surname. Used where the end of the byline is itself a guess
   * (本报记者 张三 近日…), so that the first words of the story are never taken for a name.
   */
  strict?: boolean;
}

// Words that follow names in prose-like credits (张三 报道, 李四 摄). Read as names they would be
// nonsense; the byline is left in the body instead.
const NOT_NAMES = /^(?:报道|報導|报导|報道|摄|攝|整理|采写|採寫|撰文|综合|綜合|编译|編譯|发自|發自|等|讯|訊|电|電)$/;
// Words that stand where a name should and are not anyone: 责任编辑：值班账号.
const NOT_A_PERSON =
  /^(?:值班账号|值班賬號|值班帳號|值班编辑|值班編輯|佚名|小编|小編|本网|本網|网友|網友|编辑部|編輯部)$/;
const HAN = /^\p{Script=Han}+$/u;
const MAX_UNKNOWN_NAME = 4;
const LATIN = /^[A-Za-z][A-Za-z.'-]*$/;
// Transliterated names keep the middle dot: 买买提·吐尔逊.
const DOTTED = /^\p{Script=Han}+(?:[·•・]\p{Script=Han}+)+$/u;
const WORD = new RegExp(`[^${NAME_SEPARATOR_CHARS}]+`, "g");
// Han affiliations have no spaces: in 张平 胡果 四川发布客户端记者 邹辉 the words before the last are names.
const AFFILIATION = /^(?:[\p{Script=Han}0-9·&-]{1,30}|[A-Za-z0-9·&\s-]{1,30})$/u;

interface Token {
  text: string;
  /** Written with no separator after the role word before it (记者陈明). */
  glued: boolean;
  /** The first name after its role word. */
  first: boolean;
  /** Cut from an organisation's name at a guessed boundary. */
  guessed?: boolean;
}

function tokenize(segment: string): Token[] {
  const glued = !LEADING_SEPARATORS.test(segment);
  const tokens: Token[] = [];
  let previousEnd = 0;
  for (const match of segment.matchAll(WORD)) {
    const last = tokens.at(-1);
    // Latin names keep their inner spaces: "John Smith" is one person, "John、Mary" two.
    const spaceOnly = /^[ \t]+$/.test(segment.slice(previousEnd, match.index));
    if (last && spaceOnly && LATIN.test(match[0]) && LATIN.test(last.text.split(" ").at(-1) ?? "")) {
      last.text += ` ${match[0]}`;
    } else {
      tokens.push({ text: match[0], glued: tokens.length === 0 && glued, first: tokens.length === 0 });
    }
    previousEnd = match.index + match[0].length;
  }
  return joinSpacedNames(tokens);
}

// Two-character names are often set with a space to line up with three-character ones: 宋 瑞.
function joinSpacedNames(tokens: Token[]): Token[] {
  const joined: Token[] = [];
  for (const token of tokens) {
    const last = joined.at(-1);
    const single = (text: string) => text.length === 1 && HAN.test(text);
    if (last && single(last.text) && single(token.text) && surnameLengthAt(last.text) === 1) {
      last.text += token.text;
    } else {
      joined.push({ ...token });
    }
  }
  return joined;
}

interface NamesReading {
  credits: Array<{ name: string; uncertain: boolean }>;
  nameSplits: Findings["nameSplits"];
  notes: string[];
}

function readNameToken(token: Token, strict: boolean): NamesReading | null {
  const { text } = token;
  if (NOT_NAMES.test(text) || NOT_A_PERSON.test(text) || isOrganisation(text)) return null;
  const whole = (uncertain: boolean): NamesReading => ({
    credits: [{ name: text, uncertain }],
    nameSplits: [],
    notes: [],
  });
  if (text.split(" ").every((word) => LATIN.test(word))) return strict ? null : whole(token.guessed ?? false);
  if (DOTTED.test(text)) return whole(token.guessed ?? false);
  if (!HAN.test(text) || text.length < 2) return null;

  if (readsAsNames(text)) {
    const split = splitChineseNames(text);
    const uncertain = split.alternatives.length > 0 || (token.guessed ?? false);
    const proposal = split.names.length > 1 || split.alternatives.length > 0 ? [{ text, ...split }] : [];
    const notes =
      split.alternatives.length > 0
        ? [
            `${quote(text)}按姓氏拆分为${split.names.map(quote).join("")}，也可能是${split.alternatives
              .map((names) => names.map(quote).join(""))
              .join("或")}，请确认`,
          ]
        : [];
    return { credits: split.names.map((name) => ({ name, uncertain })), nameSplits: proposal, notes };
  }

  // A name the surname table cannot read (扎西) is taken only right after its role word and set off by
  // separators (记者 扎西), and the editor is asked to check it. Further along it is more likely the
  // story: 本报记者 张三 抗疫一线 商会在行动.
  if (strict || token.glued || !token.first || text.length > MAX_UNKNOWN_NAME) return null;
  const why = surnameLengthAt(text) === 0 ? "不以常见姓氏开头" : "无法按姓氏表拆分，已作为一个名字保留";
  return { credits: [{ name: text, uncertain: true }], nameSplits: [], notes: [`${quote(text)}${why}，请核对`] };
}

interface Segment {
  role: RoleWord;
  /** The names after the role word, before any affiliation of the next role. */
  tokens: Token[];
  affiliation: string | null;
  affiliationGuessed: boolean;
}

interface AffiliationSplit {
  names: Token[];
  affiliation: string | null;
  /** Set when names and organisation were written together and the boundary between them is a guess. */
  guessNote: string | null;
}

/**
 * Splits what follows a role word into its names and the affiliation of the next role:
 * "张三 中华工商时报" before 记者 → names 张三, affiliation 中华工商时报.
 */
function splitOffAffiliation(tokens: Token[]): AffiliationSplit {
  const last = tokens.at(-1);
  if (!last || !isOrganisation(last.text)) return { names: tokens, affiliation: null, guessNote: null };
  const glued = splitGluedOrganisation(last.text);
  const withNames = (names: string, guessed: boolean): Token[] => [
    ...tokens.slice(0, -1),
    { ...last, text: names, guessed },
  ];
  if (glued?.confident) {
    return { names: withNames(glued.names, false), affiliation: glued.organisation, guessNote: null };
  }
  if (tokens.length > 1) return { names: tokens.slice(0, -1), affiliation: last.text, guessNote: null };
  // The only token: the role before it needs a name, so names must be glued to the organisation.
  if (!glued) return { names: tokens, affiliation: null, guessNote: null };
  return {
    names: withNames(glued.names, true),
    affiliation: glued.organisation,
    guessNote: `${quote(last.text)}按${quote(glued.names)}${quote(glued.organisation)}分开是推测的，请核对姓名和单位`,
  };
}

function cleanAffiliation(text: string): string | null | undefined {
  const affiliation = clean(text.replace(TRAILING_SEPARATORS, ""));
  if (affiliation === "") return null;
  return AFFILIATION.test(affiliation) ? affiliation : undefined;
}

/** Reads byline text into credits, or returns null when the text is not wholly a byline. */
export function readByline(text: string, options: BylineOptions = {}): Findings | null {
  const whole = clean(text);
  // 记者 于文国 摄: 摄 after the names makes them the photographers.
  const photo = /[\s\u3000]+[摄攝]$/.exec(whole);
  const findings = readCredits(photo ? whole.slice(0, photo.index) : whole, options);
  return photo && findings ? asPhotographers(findings) : findings;
}

function asPhotographers(findings: Findings): Findings {
  const credits = findings.credits.map((credit) =>
    credit.role === "REPORTER" || credit.role === "TRAINEE_REPORTER"
      ? { ...credit, role: "PHOTOGRAPHER" as const }
      : credit,
  );
  const unique = credits.filter(
    (credit, index) => credits.findIndex((other) => other.role === credit.role && other.name === credit.name) === index,
  );
  return { ...findings, credits: unique };
}

function readCredits(input: string, options: BylineOptions): Findings | null {
  if (input === "" || SENTENCE_PUNCTUATION.test(input)) return null;
  const roles = findRoleWords(input);
  const first = roles[0];
  if (!first) return null;

  const leading = cleanAffiliation(input.slice(0, first.start));
  if (leading === undefined) return null;

  const segments: Segment[] = [];
  const guessNotes: string[] = [];
  let affiliation: string | null = leading;
  let affiliationGuessed = false;
  for (const [index, found] of roles.entries()) {
    const next = roles[index + 1];
    const tokens = tokenize(input.slice(found.end, next?.start ?? input.length));
    const only = tokens.length === 1 ? tokens[0] : undefined;
    // 作者：新华每日电讯记者邵香云: the label's only word is the affiliation of the role after it.
    if (next && only && isGenericWord(found.entry) && isOrganisation(only.text)) {
      affiliation = only.text;
      affiliationGuessed = false;
      continue;
    }
    const split = next ? splitOffAffiliation(tokens) : { names: tokens, affiliation: null, guessNote: null };
    segments.push({ role: found.entry, tokens: split.names, affiliation, affiliationGuessed });
    affiliation = split.affiliation;
    affiliationGuessed = split.guessNote !== null;
    if (split.guessNote) guessNotes.push(split.guessNote);
  }

  const findings: Findings = { credits: [], nameSplits: [], notes: [...guessNotes] };
  for (const segment of segments) {
    if (segment.tokens.length === 0) return null;
    const note = approximationNote(segment.role);
    if (note) findings.notes.push(note);
    for (const token of segment.tokens) {
      const reading = readNameToken(token, options.strict ?? false);
      if (!reading) return null;
      findings.nameSplits.push(...reading.nameSplits);
      findings.notes.push(...reading.notes);
      for (const { name, uncertain } of reading.credits) {
        for (const role of segment.role.roles) {
          findings.credits.push({
            role,
            name,
            affiliation: segment.affiliation,
            uncertain: uncertain || segment.affiliationGuessed,
          });
        }
      }
    }
  }
  return findings;
}
