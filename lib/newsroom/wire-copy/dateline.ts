// Reads the information line of a news page: 2022年08月05日13:48来源:中华工商网, 发布时间：2022-08-05 13:48,
// 来源：新华社 编辑：张三. A line is an information line when it starts with a date or a field key; it is
// complete when every field on it was understood, and only a complete line may leave the body.
import { readByline } from "@/lib/newsroom/wire-copy/byline";
import { emptyFindings, type Findings, joinFindings, quote } from "@/lib/newsroom/wire-copy/findings";
import { clean } from "@/lib/newsroom/wire-copy/text";
import { parseLocalDateTime } from "@/lib/newsroom/time";

export interface DatelineReading extends Findings {
  publishedAt: Date | null;
  /** The date as written, kept for notes about it. */
  dateText: string | null;
  source: string | null;
  complete: boolean;
}

const DATE = String.raw`(?<year>\d{4})\s*[-/.年]\s*(?<month>\d{1,2})\s*[-/.月]\s*(?<day>\d{1,2})\s*[日号號]?`;
const WEEKDAY = String.raw`(?:\s*(?:星期|周|週|礼拜|禮拜)(?<weekday>[一二三四五六日天]))?`;
const TIME = String.raw`(?:\s*T?\s*(?<hour>\d{1,2})\s*[:：时時点點]\s*(?<minute>\d{1,2})\s*分?(?:\s*[:：]?\s*(?<second>\d{1,2})\s*秒?)?)?`;
const LEADING_DATE = new RegExp(`^${DATE}${WEEKDAY}${TIME}`);
const WHOLE_DATE = new RegExp(`^${DATE}${WEEKDAY}${TIME}$`);
// Anything that reads as a date at all, for telling an unreadable date from text that is no date.
const DATE_LIKE = /^\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]/;
const WEEKDAYS = "日一二三四五六";

const DATE_KEYS = ["发布时间", "發布時間", "發佈時間", "发布日期", "發布日期", "發佈日期", "时间", "時間", "日期"];
const SOURCE_KEYS = ["来源", "來源", "稿源"];
// Credit fields on an information line always carry a colon; the byline reader reads their values.
const CREDIT_KEYS = [
  ...["见习记者", "見習記者", "责任编辑", "責任編輯", "责编", "責編", "编辑", "編輯"],
  ...["记者", "記者", "通讯员", "通訊員", "摄影", "攝影", "作者"],
];
const KEY = new RegExp(
  `(${[...DATE_KEYS, ...SOURCE_KEYS, ...CREDIT_KEYS].sort((a, b) => b.length - a.length).join("|")})\\s*[:：]`,
  "g",
);
// Between fields: 2022-08-05 13:48 | 来源：新华社.
const FIELD_SEPARATORS = /^[\s\u3000|｜丨/／]+|[\s\u3000|｜丨/／]+$/g;
// Before the first key: a source's name has no spaces or colons; prose has commas or full stops.
const UNKEYED_SOURCE = /^[^\s\u3000:：|｜丨]{2,20}$/;
const PROSE = /[，,。！？!?]/;
// A field the importer has no place for, after a known one: 来源：新华社 字号：大 / 【字体：大 中 小】.
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

/** Reads an information line, or returns null when the line is not one (a paragraph, a title). */
export function readDateline(line: string, timeZone: string): DatelineReading | null {
  const text = clean(line);
  const leading = LEADING_DATE.exec(text);
  const rest = (leading ? text.slice(leading[0].length) : text).replace(FIELD_SEPARATORS, "");
  const keys = [...rest.matchAll(KEY)];
  // Text before the first key. After a full date and time it is where pages print the source
  // (2022-08-05 13:48 新华网); after a bare date, or when it reads as prose, the line is a paragraph
  // (2022年7月31日，龙泉驿区…).
  const unkeyed = rest.slice(0, keys[0]?.index ?? rest.length);
  if (unkeyed !== "" && (leading?.groups?.minute === undefined || PROSE.test(unkeyed))) return null;
  if (!leading && keys.length === 0) return null;

  let publishedAt: Date | null = null;
  let dateText: string | null = null;
  let source: string | null = null;
  const notes: string[] = [];
  // Notes about what was read but guessed; unlike the others they leave the line complete.
  const guesses: string[] = [];
  const bylines: Findings[] = [];
  const takeDate = (written: string) => {
    if (dateText !== null) {
      notes.push(`一行中有两个日期，${quote(written)}未采用`);
      return;
    }
    dateText = written;
    const read = readDate(written, timeZone);
    publishedAt = read.date;
    if (read.problem) notes.push(read.problem);
  };

  if (leading) takeDate(clean(leading[0]));
  const unkeyedText = clean(unkeyed.replace(FIELD_SEPARATORS, ""));
  if (UNKEYED_SOURCE.test(unkeyedText)) {
    source = unkeyedText;
    guesses.push(`${quote(source)}按来源导入，请确认`);
  } else if (unkeyedText !== "") {
    notes.push(`无法识别${quote(unkeyedText)}`);
  }
  for (const [index, match] of keys.entries()) {
    const key = match[1] ?? "";
    const fieldEnd = keys[index + 1]?.index ?? rest.length;
    let field = rest.slice(match.index, fieldEnd).replace(FIELD_SEPARATORS, "");
    const unknown = UNKNOWN_FIELD.exec(field);
    if (unknown?.[1]) {
      notes.push(`无法识别${quote(unknown[1])}`);
      field = field.slice(0, unknown.index);
    }
    const value = clean(field.slice(match[0].length));
    if (DATE_KEYS.includes(key)) {
      if (DATE_LIKE.test(value)) takeDate(value);
      else notes.push(`${quote(key)}后的${quote(value)}不是可识别的日期`);
    } else if (SOURCE_KEYS.includes(key)) {
      if (value === "") notes.push(`${quote(key)}后没有内容`);
      else if (source !== null) notes.push(`一行中有两个来源，${quote(value)}未采用`);
      else source = value;
    } else {
      const credits = readByline(field);
      if (credits) bylines.push(credits);
      else notes.push(`无法识别署名${quote(field)}`);
    }
  }
  // Every problem above left a note, so a line without notes of its own was understood whole.
  const found = joinFindings({ ...emptyFindings(), notes: guesses }, ...bylines, { ...emptyFindings(), notes });
  return { ...found, publishedAt, dateText, source, complete: notes.length === 0 };
}
