// Views counted in this server's memory between two flushes: one number per article per day and per
// article per hour, so that a flush writes one row per bucket however many readers there were.

export interface DayCount {
  articleId: number;
  /** YYYY-MM-DD in the site's zone. */
  day: string;
  views: number;
}

export interface HourCount {
  articleId: number;
  /** ISO instant of the hour's start. */
  hour: string;
  views: number;
}

export interface Drained {
  days: DayCount[];
  hours: HourCount[];
}

/** Whether a drained tally holds nothing: there is nothing to write, and the database is not asked. */
export const isEmptyDrain = (drained: Drained): boolean => drained.days.length === 0 && drained.hours.length === 0;

export interface TallyOptions {
  /** Most distinct articles held between flushes: a flood of made-up ids cannot grow memory. */
  maxArticles: number;
}

/** Views per article in one bucket (a day or an hour): numbers for keys, so adding builds no string. */
type Bucket = Map<number, number>;

export class ViewTally {
  private days = new Map<string, Bucket>();
  private hours = new Map<string, Bucket>();
  private articles = new Set<number>();
  // The buckets of the last view: nearly every view falls in the same day and hour as the one before.
  private dayKey = "";
  private hourKey = "";
  private day: Bucket | undefined;
  private hour: Bucket | undefined;

  constructor(private readonly options: TallyOptions) {}

  /** Adds `views` to an article's day and hour; false when the tally is full of other articles. */
  add(articleId: number, day: string, hour: string, views = 1): boolean {
    if (!this.articles.has(articleId)) {
      if (this.articles.size >= this.options.maxArticles) return false;
      this.articles.add(articleId);
    }
    if (this.day === undefined || day !== this.dayKey) {
      this.dayKey = day;
      this.day = bucketOf(this.days, day);
    }
    if (this.hour === undefined || hour !== this.hourKey) {
      this.hourKey = hour;
      this.hour = bucketOf(this.hours, hour);
    }
    this.day.set(articleId, (this.day.get(articleId) ?? 0) + views);
    this.hour.set(articleId, (this.hour.get(articleId) ?? 0) + views);
    return true;
  }

  get pendingArticles(): number {
    return this.articles.size;
  }

  /** Everything counted so far, and a fresh tally for what comes next. */
  drain(): Drained {
    const days: DayCount[] = [];
    for (const [day, bucket] of this.days)
      for (const [articleId, views] of bucket) days.push({ articleId, day, views });
    const hours: HourCount[] = [];
    for (const [hour, bucket] of this.hours)
      for (const [articleId, views] of bucket) hours.push({ articleId, hour, views });
    this.days = new Map();
    this.hours = new Map();
    this.articles = new Set();
    this.day = undefined;
    this.hour = undefined;
    return { days, hours };
  }

  /** Puts back what a failed flush could not write, so that the next flush carries it. */
  restore(drained: Drained): void {
    for (const { articleId, day, views } of drained.days) {
      if (!this.articles.has(articleId)) {
        if (this.articles.size >= this.options.maxArticles) continue;
        this.articles.add(articleId);
      }
      const bucket = bucketOf(this.days, day);
      bucket.set(articleId, (bucket.get(articleId) ?? 0) + views);
    }
    for (const { articleId, hour, views } of drained.hours) {
      // An article left out of the days for want of room is left out of the hours too.
      if (!this.articles.has(articleId)) continue;
      const bucket = bucketOf(this.hours, hour);
      bucket.set(articleId, (bucket.get(articleId) ?? 0) + views);
    }
  }
}

function bucketOf(buckets: Map<string, Bucket>, key: string): Bucket {
  let bucket = buckets.get(key);
  if (!bucket) {
    bucket = new Map();
    buckets.set(key, bucket);
  }
  return bucket;
}
