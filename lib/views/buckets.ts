// Which day and which hour a view falls in. Days are the site's calendar days (SITE_TIME_ZONE), since
// that is how a newsroom reads "yesterday"; hours are clock hours kept as their UTC start, which the
// chart of an article's first 48 hours counts from its first publication.

const dayFormats = new Map<string, Intl.DateTimeFormat>();

function dayFormat(timeZone: string): Intl.DateTimeFormat {
  let format = dayFormats.get(timeZone);
  if (!format) {
    // en-CA writes dates as YYYY-MM-DD.
    format = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    dayFormats.set(timeZone, format);
  }
  return format;
}

/** The calendar day of an instant in a zone, as YYYY-MM-DD. */
export function siteDay(at: Date, timeZone: string): string {
  return dayFormat(timeZone).format(at);
}

/**
 * The day and hour buckets of an instant, worked out once a minute: every zone's offset is a whole
 * number of minutes, so all views within one minute share both (the beacon's hot path).
 */
export class BucketClock {
  private minute = -1;
  private buckets = { day: "", hour: "" };

  constructor(private readonly timeZone: string) {}

  /** The buckets of an instant in epoch milliseconds. */
  at(now: number): { day: string; hour: string } {
    const minute = Math.floor(now / 60_000);
    if (minute !== this.minute) {
      this.minute = minute;
      const instant = new Date(now);
      this.buckets = { day: siteDay(instant, this.timeZone), hour: hourStart(instant).toISOString() };
    }
    return this.buckets;
  }
}

const HOUR_MS = 3_600_000;

/** The start of the clock hour an instant falls in. */
export function hourStart(at: Date): Date {
  return new Date(Math.floor(at.getTime() / HOUR_MS) * HOUR_MS);
}

/** The YYYY-MM-DD days from `from` to `to`, both included (plain calendar arithmetic, no zone). */
export function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  const end = Date.parse(`${to}T00:00:00Z`);
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= end && days.length < 1000; t += 86_400_000) {
    days.push(new Date(t).toISOString().slice(0, 10));
  }
  return days;
}

/** The day `n` days before a YYYY-MM-DD day. */
export function dayMinus(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10);
}
