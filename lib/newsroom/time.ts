// Newsroom times are entered and shown as wall-clock times in the site's zone (Beijing time by
// default) and stored as UTC instants.

const LOCAL_DATE_TIME =
  /^\s*(\d{4})\s*[-/年]\s*(\d{1,2})\s*[-/月]\s*(\d{1,2})\s*日?\s*(?:T|\s)?\s*(\d{1,2})\s*[:：时]\s*(\d{1,2})\s*(?:[:：分]\s*(\d{1,2})\s*秒?)?\s*$/;

const formatters = new Map<string, Intl.DateTimeFormat>();

/** One formatter per zone (making one costs far more than using it): wall-clock parts and the offset. */
function wallClock(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-GB", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      timeZoneName: "longOffset",
    });
    formatters.set(timeZone, format);
  }
  return format;
}

function partsIn(date: Date, timeZone: string) {
  const parts = wallClock(timeZone).formatToParts(date);
  const text = (type: Intl.DateTimeFormatPartTypes) => parts.find((part) => part.type === type)?.value ?? "";
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(text(type));
  return {
    year: get("year"),
    month: get("month"),
    day: get("day"),
    hour: get("hour"),
    minute: get("minute"),
    second: get("second"),
    // "GMT+08:00", or "GMT" for UTC itself.
    offset: text("timeZoneName").replace(/^GMT/, "") || "+00:00",
  };
}

/** RFC 3339 with the zone's own offset (2022-08-05T13:48:00+08:00): the instant as the newsroom reads it. */
export function isoWithOffset(instant: string | Date, timeZone: string): string {
  const p = partsIn(typeof instant === "string" ? new Date(instant) : instant, timeZone);
  const two = (value: number) => String(value).padStart(2, "0");
  return `${String(p.year).padStart(4, "0")}-${two(p.month)}-${two(p.day)}T${two(p.hour)}:${two(p.minute)}:${two(p.second)}${p.offset}`;
}

function offsetMs(date: Date, timeZone: string): number {
  const p = partsIn(date, timeZone);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(date.getTime() / 1000) * 1000;
}

/**
 * Parses "2022-08-05 13:48", "2022-08-05T13:48" or "2022年08月05日13:48" as a wall-clock time in
 * `timeZone`. Returns null for anything else, including impossible dates such as 2月30日.
 */
export function parseLocalDateTime(input: string, timeZone: string): Date | null {
  const match = LOCAL_DATE_TIME.exec(input);
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match
    .slice(1)
    .map((part) => (part === undefined ? 0 : Number(part)));
  if (
    year === undefined ||
    month === undefined ||
    day === undefined ||
    hour === undefined ||
    minute === undefined ||
    second === undefined
  ) {
    return null;
  }
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(wall);
  if (
    check.getUTCFullYear() !== year ||
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== day ||
    hour > 23 ||
    minute > 59 ||
    second > 59
  ) {
    return null;
  }
  // Two passes settle the offset even across a daylight-saving change in zones that have one.
  let instant = wall - offsetMs(new Date(wall), timeZone);
  instant = wall - offsetMs(new Date(instant), timeZone);
  return new Date(instant);
}

const pad = (value: number) => String(value).padStart(2, "0");

/** "2022-08-05 13:48" in `timeZone`. */
export function formatLocalDateTime(date: Date, timeZone: string): string {
  const p = partsIn(date, timeZone);
  return `${p.year}-${pad(p.month)}-${pad(p.day)} ${pad(p.hour)}:${pad(p.minute)}`;
}

/** "2022年08月05日 13:48", the dateline style of Chinese news sites. */
export function formatChineseDateTime(date: Date, timeZone: string): string {
  const p = partsIn(date, timeZone);
  return `${p.year}年${pad(p.month)}月${pad(p.day)}日 ${pad(p.hour)}:${pad(p.minute)}`;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "Aug 5, 2022 13:48", the dateline style of the English interface. */
export function formatEnglishDateTime(date: Date, timeZone: string): string {
  const p = partsIn(date, timeZone);
  return `${MONTHS[p.month - 1] ?? ""} ${p.day}, ${p.year} ${pad(p.hour)}:${pad(p.minute)}`;
}

export type DateStyle = "zh" | "en";

/** The dateline of article pages in an interface language's style (its messages' `dateStyle`). */
export function formatDateline(date: Date, timeZone: string, style: DateStyle): string {
  return style === "zh" ? formatChineseDateTime(date, timeZone) : formatEnglishDateTime(date, timeZone);
}
