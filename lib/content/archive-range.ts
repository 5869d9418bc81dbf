import { parseLocalDateTime } from "@/lib/newsroom/time";

export interface ArchiveRange {
  year: number;
  month?: number;
  day?: number;
  from: Date;
  to: Date;
  path: string;
}

const pad = (value: number) => String(value).padStart(2, "0");

/** /archive/2022, /archive/2022/08 or /archive/2022/08/05 as a range of instants in the site's zone. */
export function archiveRange(segments: string[], timeZone: string): ArchiveRange | null {
  if (segments.length < 1 || segments.length > 3 || !segments.every((segment) => /^\d{1,4}$/.test(segment)))
    return null;
  const [year = 0, month, day] = segments.map(Number);
  if (year < 1900 || year > 2999) return null;
  const start = (y: number, m: number, d: number) => parseLocalDateTime(`${y}-${pad(m)}-${pad(d)} 00:00`, timeZone);
  if (month === undefined) {
    const from = start(year, 1, 1);
    const to = start(year + 1, 1, 1);
    return from && to ? { year, from, to, path: `/archive/${year}` } : null;
  }
  if (month < 1 || month > 12) return null;
  if (day === undefined) {
    const from = start(year, month, 1);
    const to = month === 12 ? start(year + 1, 1, 1) : start(year, month + 1, 1);
    return from && to ? { year, month, from, to, path: `/archive/${year}/${pad(month)}` } : null;
  }
  const from = start(year, month, day);
  if (!from) return null;
  return {
    year,
    month,
    day,
    from,
    to: new Date(from.getTime() + 86_400_000),
    path: `/archive/${year}/${pad(month)}/${pad(day)}`,
  };
}
