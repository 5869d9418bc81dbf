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

export interface TallyOptions {
  /** Most distinct articles held between flushes: a flood of made-up ids cannot grow memory. */
  maxArticles: number;
}

export class ViewTally {
  private days = new Map<string, number>();
  private hours = new Map<string, number>();
  private articles = new Set<number>();

  constructor(private readonly options: TallyOptions) {}

  /** Adds `views` to an article's day and hour; false when the tally is full of other articles. */
  add(articleId: number, day: string, hour: string, views = 1): boolean {
    if (!this.articles.has(articleId)) {
      if (this.articles.size >= this.options.maxArticles) return false;
      this.articles.add(articleId);
    }
    const dayKey = `${articleId}|${day}`;
    const hourKey = `${articleId}|${hour}`;
    this.days.set(dayKey, (this.days.get(dayKey) ?? 0) + views);
    this.hours.set(hourKey, (this.hours.get(hourKey) ?? 0) + views);
    return true;
  }

  get pendingArticles(): number {
    return this.articles.size;
  }

  /** Everything counted so far, and a fresh tally for what comes next. */
  drain(): Drained {
    const split = (key: string): [number, string] => {
      const bar = key.indexOf("|");
      return [Number(key.slice(0, bar)), key.slice(bar + 1)];
    };
    const days = [...this.days].map(([key, views]) => {
      const [articleId, day] = split(key);
      return { articleId, day, views };
    });
    const hours = [...this.hours].map(([key, views]) => {
      const [articleId, hour] = split(key);
      return { articleId, hour, views };
    });
    this.days = new Map();
    this.hours = new Map();
    this.articles = new Set();
    return { days, hours };
  }

  /** Puts back what a failed flush could not write, so that the next flush carries it. */
  restore(drained: Drained): void {
    const hoursByArticle = new Map<number, HourCount[]>();
    for (const hour of drained.hours)
      hoursByArticle.set(hour.articleId, [...(hoursByArticle.get(hour.articleId) ?? []), hour]);
    for (const { articleId, day, views } of drained.days) {
      const key = `${articleId}|${day}`;
      if (!this.articles.has(articleId)) {
        if (this.articles.size >= this.options.maxArticles) continue;
        this.articles.add(articleId);
      }
      this.days.set(key, (this.days.get(key) ?? 0) + views);
    }
    for (const [articleId, hours] of hoursByArticle) {
      if (!this.articles.has(articleId)) continue;
      for (const { hour, views } of hours) {
        const key = `${articleId}|${hour}`;
        this.hours.set(key, (this.hours.get(key) ?? 0) + views);
      }
    }
  }
}
