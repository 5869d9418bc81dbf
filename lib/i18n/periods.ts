import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages/zh-CN";

/** The heading of a year, month or day archive in the interface language. */
export function archiveLabel(m: Messages["archive"], year: number, month?: number, day?: number): string {
  if (month === undefined) return fill(m.yearLabel, { year });
  const monthName = m.monthNames[month - 1] ?? String(month);
  return fill(day === undefined ? m.monthLabel : m.dayLabel, { year, monthName, day: day ?? "" });
}
