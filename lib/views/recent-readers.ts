// A reader who reloads an article, or whose browser sends the beacon twice, is one view within a window.
// Keys are article, address and browser; the map keeps insertion order, which is time order,
// so expired keys are swept from its head.

export interface RecentReadersOptions {
  windowMs: number;
  /** Most keys kept; past it, views are counted without the check rather than memory growing. */
  maxKeys: number;
}

export class RecentReaders {
  private readonly seenAt = new Map<string, number>();

  constructor(private readonly options: RecentReadersOptions) {}

  /** True if this key was seen within the window (a repeat); records it otherwise. */
  isRepeat(key: string, now: number): boolean {
    if (this.options.windowMs <= 0) return false;
    const at = this.seenAt.get(key);
    if (at !== undefined && now - at < this.options.windowMs) return true;
    if (at !== undefined) this.seenAt.delete(key);
    else if (this.seenAt.size >= this.options.maxKeys) this.sweep(now);
    if (this.seenAt.size < this.options.maxKeys) this.seenAt.set(key, now);
    return false;
  }

  /** Forgets keys older than the window. */
  sweep(now: number): void {
    for (const [key, at] of this.seenAt) {
      if (now - at < this.options.windowMs) break;
      this.seenAt.delete(key);
    }
  }

  get size(): number {
    return this.seenAt.size;
  }
}
