// Reads the information line of a news page: 2022年08月05日13:48来源:中华工商网, 发布时间：2022-08-05 13:48,
// 来源：新华社 编辑：张三, 2009-06-17 09:09:45 来源: 湖北日报 作者:熊家余 点击:. A line is an information line
// when it starts with a date or a field key (or a source's name and then a date: 陇南日报 2021-01-07 00:45).
// It is read field by field: what is understood fills the article, and every field that is not (an
// unreadable date, page furniture such as 点击:, a credit word the newsroom has no role for) is handed
// back verbatim, to stay in the body.
import { readByline } from "@/lib/newsroom/wire-copy/byline";
import { emptyFindings, type Findings, joinFindings, quote } from "@/lib/newsroom/wire-copy/findings";
import {
  isPageFurniture,
  isPageWord,
  PAGE_LABEL_KEYS,
  splitTrailingFurniture,
} from "@/lib/newsroom/wire-copy/page-labels";
import { UNKNOWN_CREDIT_WORDS } from "@/lib/newsroom/wire-copy/roles";
import { readSourceValue } from "@/lib/newsroom/wire-copy/source";
import { clean } from "@/lib/newsroom/wire-copy/text";
import { readUnkeyedAfterTime } from "@/lib/newsroom/wire-copy/unkeyed";
import { parseLocalDateTime } from "@/lib/newsroom/time";

export interface DatelineReading extends Findings {
  publishedAt: Date | null;
  /** The date as written, kept for notes about it. */
  dateText: string | null;
  source: string | null;
  /** Fields that were not understood, verbatim and in order; they stay in the body. */
  unplaced: string[];
  /** True when at least one field was understood. */
  placedAny: boolean;
}

const DATE = String.raw`(?<year>\d{4})\s*[-/.年]\s*(?<month>\d{1,2})\s*[-/.月]\s*(?<day>\d{1,2})\s*[日号號]?`;
const WEEKDAY = String.raw`(?:\s*(?:星期|周|週|礼拜|禮拜)(?<weekday>[一二三四五六日天]))?`;
const TIME = String.raw`(?:\s*T?\s*(?<hour>\d{1,2})\s*[:：时時点點]\s*(?<minute>\d{1,2})\s*分?(?:\s*[:：]?\s*(?<second>\d{1,2})\s*秒?)?)?`;
const LEADING_DATE = new RegExp(`^${DATE}${WEEKDAY}${TIME}`);
const WHOLE_DATE = new RegExp(`^${DATE}${WEEKDAY}${TIME}$`);
// Anything that reads as a date at all, for telling an unreadable date from text that is no date.
const DATE_LIKE = /^\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]/;
const WEEKDAYS = "日一二三四五六";
// A source's name printed before the date: 陇南日报 2021-01-07 00:45, 中央社/ 2016.03.14 00:00.
const SOURCE_BEFORE_DATE = /^([^\s\u3000\d:：|｜丨/／，,。]{2,20})[\s\u3000]*[/／|｜丨]?[\s\u3000]*(?=\d{4}\s*[-/.年])/;

const DATE_KEYS = [
  ...["发布时间", "發布時間", "發佈時間", "发布日期", "發布日期", "發佈日期", "更新时间", "更新時間"],
  ...["发表时间", "發表時間", "发稿时间", "發稿時間", "时间", "時間", "日期"],
];
const SOURCE_KEYS = ["稿件来源", "稿件來源", "文章来源", "文章來源", "来源", "來源", "稿源", "出处", "出處"];
// Credit fields on an information line always carry a colon; the byline reader reads their values.
const CREDIT_KEYS = [
  ...["见习记者", "見習記者", "责任编辑", "責任編輯", "责编", "責編", "编辑", "編輯", "文字作者", "图片作者"],
  ...["圖片作者", "记者", "記者", "通讯员", "通訊員", "摄影", "攝影", "作者"],
];
// Fields the importer knows and has no place for: page furniture, and credits without a role here.
const UNPLACED_KEYS = [...PAGE_LABEL_KEYS, ...UNKNOWN_CREDIT_WORDS];
const KEY = new RegExp(
  `(${[...DATE_KEYS, ...SOURCE_KEYS, ...CREDIT_KEYS, ...UNPLACED_KEYS].sort((a, b) => b.length - a.length).join("|")})\\s*[:：]`,
  "g",
);
// Between fields: 2022-08-05 13:48 | 来源：新华社.
const FIELD_SEPARATORS = /^[\s\u3000|｜丨/／]+|[\s\u3000|｜丨/／]+$/g;
const PROSE = /[，,。！？!?]/;
// A field the importer does not know, after a known one: 来源：新华社 字号：大 中 小 / 【字体：大 中 小】.
// Its key starts with a letter, so the minutes of 13:48 are not taken for one.
const UNKNOWN_FIELD = /[\s\u3000|｜丨]+([^\s\u3000\d:：|｜丨][^\s\u3000:：|｜丨]{0,7}[:：].*)$/;

interface DateRead {
  date: Date | null;
  problem: string | null;
}

/** Reads a date written any of the usual ways as a wall-clock time in `timeZone`. */
function readDate(written: string, timeZone: string): DateRead {
  const parts = WHOLE_DATE.exec(written)?.groups;
  if (!parts) return { date: null, problem: `无法识别日期${quote(written)}，未填发布时间` };
  const { year, month, day, weekday, hour, minute, second } = parts;
  if (hour === undefined || minute === undefined) {
    return { date: null, problem: `日期${quote(written)}没有具体时间，未填发布时间` };
  }
  const date = parseLocalDateTime(`${year}-${month}-${day} ${hour}:${minute}${second ? `:${second}` : ""}`, timeZone);
  if (!date) return { date: null, problem: `无法识别日期${quote(written)}，未填发布时间` };
  // The weekday is redundant with the date; it is dropped only when it agrees.
  const calendarDay = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day))).getUTCDay();
  if (weekday !== undefined && WEEKDAYS.indexOf(weekday === "天" ? "日" : weekday) !== calendarDay) {
    return { date, problem: `日期${quote(written)}与星期不符，请核对发布时间` };
  }
  return { date, problem: null };
}

/** Accumulates what one information line says, field by field. */
class LineFields {
  publishedAt: Date | null = null;
  dateText: string | null = null;
  source: string | null = null;
  /** A source read without a key: a later 来源： wins over it. */
  guessedSource: { value: string; written: string } | null = null;
  readonly unplaced: string[] = [];
  readonly notes: string[] = [];
  readonly guesses: string[] = [];
  readonly bylines: Findings[] = [];
  placed = 0;

  constructor(private readonly timeZone: string) {}

  leave(written: string, note?: string) {
    if (written !== "") this.unplaced.push(written);
    if (note) this.notes.push(note);
  }

  date(value: string, written: string) {
    if (this.dateText !== null) return this.leave(written, `一行中有两个日期，${quote(value)}未采用`);
    this.dateText = value;
    const read = readDate(value, this.timeZone);
    this.publishedAt = read.date;
    if (read.problem) this.leave(written, read.problem);
    else this.placed += 1;
  }

  sourceField(value: string, written: string) {
    if (value === "") return this.leave(written);
    if (this.source !== null) return this.leave(written, `一行中有两个来源，${quote(value)}未采用`);
    const read = readSourceValue(value);
    this.source = read.source;
    this.placed += 1;
    if (read.findings) this.bylines.push(read.findings);
    if (read.unplaced) this.leave(read.unplaced);
    if (this.guessedSource) {
      this.leave(this.guessedSource.written);
      this.guessedSource = null;
    }
  }

  credit(field: string) {
    const credits = readByline(field);
    if (!credits) return this.leave(field);
    this.bylines.push(credits);
    this.placed += 1;
  }

  reading(): DatelineReading {
    if (this.guessedSource) {
      this.source = this.guessedSource.value;
      this.placed += 1;
      this.guesses.push(`${quote(this.source)}按来源导入，请确认`);
    }
    const found = joinFindings({ ...emptyFindings(), notes: this.guesses }, ...this.bylines, {
      ...emptyFindings(),
      notes: this.notes,
    });
    return {
      ...found,
      publishedAt: this.publishedAt,
      dateText: this.dateText,
      source: this.source,
      unplaced: this.unplaced,
      placedAny: this.placed > 0,
    };
  }
}

/** Reads an information line, or returns null when the line is not one (a paragraph, a title). */
export function readDateline(line: string, timeZone: string): DatelineReading | null {
  const text = clean(line);
  const before = SOURCE_BEFORE_DATE.exec(text);
  const afterSource = before ? text.slice(before[0].length) : text;
  const leading = LEADING_DATE.exec(afterSource);
  if (before && leading?.groups?.minute === undefined) return null;
  const rest = (leading ? afterSource.slice(leading[0].length) : text).replace(FIELD_SEPARATORS, "");
  const keys = [...rest.matchAll(KEY)];
  // Text before the first key. After a full date and time it is where pages print the source
  // (2022-08-05 13:48 新华网); after a bare date, or when it reads as prose, the line is a paragraph
  // (2022年7月31日，龙泉驿区…).
  const unkeyed = rest.slice(0, keys[0]?.index ?? rest.length);
  if (unkeyed !== "" && (leading?.groups?.minute === undefined || PROSE.test(unkeyed))) return null;
  if (!leading && (keys.length === 0 || keys[0]?.index !== 0)) return null;
  // 审核：王五 is a credit the newsroom has no role for, not information about the article; the frame
  // keeps such lines and says what they look like.
  if (!leading && UNKNOWN_CREDIT_WORDS.includes(keys[0]?.[1] ?? "")) return null;

  const fields = new LineFields(timeZone);
  if (before?.[1]) {
    const name = before[1];
    if (isPageWord(name)) fields.leave(name);
    else fields.guessedSource = { value: name, written: name };
  }
  if (leading) fields.date(clean(leading[0]), clean(leading[0]));
  readUnkeyed(fields, clean(unkeyed.replace(FIELD_SEPARATORS, "")));
  for (const [index, match] of keys.entries()) {
    const key = match[1] ?? "";
    const fieldEnd = keys[index + 1]?.index ?? rest.length;
    let field = rest.slice(match.index, fieldEnd).replace(FIELD_SEPARATORS, "");
    const unknown = UNKNOWN_FIELD.exec(field);
    let after: string | null = null;
    if (unknown?.[1]) {
      after = unknown[1];
      field = field.slice(0, unknown.index);
    }
    const furniture = splitTrailingFurniture(field);
    field = furniture.text;
    readField(fields, key, field, clean(field.slice(match[0].length)));
    if (furniture.furniture) fields.leave(furniture.furniture);
    if (after) fields.leave(after, `无法识别${quote(after)}`);
  }
  return fields.reading();
}

function readUnkeyed(fields: LineFields, written: string) {
  if (written === "") return;
  if (isPageFurniture(written)) return fields.leave(written);
  const { text, furniture } = splitTrailingFurniture(written);
  const read = fields.guessedSource ? { kind: "unknown" as const } : readUnkeyedAfterTime(text);
  if (read.kind === "names") {
    fields.bylines.push(read.findings);
    fields.placed += 1;
  } else if (read.kind === "source") {
    fields.guessedSource = { value: text, written: text };
  } else {
    fields.leave(text, `无法识别${quote(text)}`);
  }
  if (furniture) fields.leave(furniture);
}

function readField(fields: LineFields, key: string, field: string, value: string) {
  if (DATE_KEYS.includes(key)) {
    if (DATE_LIKE.test(value)) fields.date(value, field);
    else fields.leave(field, value === "" ? undefined : `${quote(key)}后的${quote(value)}不是可识别的日期`);
  } else if (SOURCE_KEYS.includes(key)) {
    fields.sourceField(value, field);
  } else if (CREDIT_KEYS.includes(key)) {
    if (value === "") fields.leave(field);
    else fields.credit(field);
  } else {
    fields.leave(field);
  }
}
