// A reader who reloads an article, or whose browser sends the beacon twice, is one view within a window.
// A reader is an article, an address and a browser. Every article request of a busy site asks, and most
// are new readers, so the table allocates nothing per view: a fixed set of slots in typed arrays (off
// the JavaScript heap, never scanned by the garbage collector), each holding a 32-bit fingerprint of a
// reader and when it was seen. A reader's second, independent hash picks a group of four slots; a new
// reader takes the group's empty or oldest slot. So memory is fixed, and when more readers arrive within
// one window than there are slots, the oldest are forgotten early and may count again (never the
// reverse: two readers share a key only if both 32-bit hashes agree).
//
// The server's own path (VIEWS_SOURCE=server) does not look a reader up while answering: a lookup
// is one random place in a table larger than the core's cache, and between two requests the rest of
// the server's work evicts it (and its page-table entries), so each lookup alone would wait for
// memory. Instead it queues the reader's two hashes (a few bytes written in order) and settles a full
// queue at once: a first pass asks for every queued group's cache line, so the waits overlap, and a
// second pass looks the readers up in arrival order (a reload queued behind its first view is still a
// repeat). Counts appear when the queue is settled, which the flush does first.

export interface RecentReadersOptions {
  windowMs: number;
  /** Readers remembered at once: slots, rounded up to a power of two (at least 4). */
  maxKeys: number;
  /** Views queued by defer() before they must be settled (default 256). */
  queueLength?: number;
}

/** Called by settle() for each queued view that is no repeat. */
export type NewReader = (articleId: number, at: number) => void;

const GROUP = 4;
const EMPTY = 0;

// The two hashes of the last call to hashReader: module variables, so that a lookup allocates nothing.
let where = 0;
let what = 0;

/** Two independent 32-bit hashes of (article, address, browser), with no string built. */
function hashReader(articleId: number, address: string, agent: number): void {
  // FNV-1a and a multiply-rotate hash over the same characters.
  let a = 0x811c9dc5 ^ articleId;
  let b = Math.imul(articleId ^ 0x9e3779b9, 0x85ebca6b) ^ agent;
  for (let i = 0; i < address.length; i += 1) {
    const c = address.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0xcc9e2d51);
    b = (b << 15) | (b >>> 17);
  }
  where = mix(Math.imul(a ^ agent, 0x01000193));
  what = mix(b);
}

/** MurmurHash3's finaliser: nearby addresses (10.0.0.1, 10.0.0.2…) spread evenly over the table. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

export class RecentReaders {
  /**
   * Per slot, its reader's fingerprint and when that reader was seen, side by side: a group of four
   * slots is 64 bytes, one cache line, so a lookup touches one place in memory.
   */
  private readonly slots: Float64Array;
  private readonly groupMask: number;
  /** Readers forgotten before their window ended, because their group was full (a sign to raise it). */
  evictedEarly = 0;
  // The queue of defer(): per view its two hashes, its article and when it was seen.
  private readonly queuedWhere: Int32Array;
  private readonly queuedWhat: Int32Array;
  private readonly queuedArticle: Float64Array;
  private readonly queuedAt: Float64Array;
  private queued = 0;
  /** What settle()'s first pass read, kept so that the engine cannot drop the reads (no other use). */
  touched = 0;

  constructor(private readonly options: RecentReadersOptions) {
    let count = GROUP;
    while (count < options.maxKeys) count *= 2;
    // No window, no table: every view counts.
    if (options.windowMs <= 0) count = GROUP;
    this.slots = new Float64Array(count * 2);
    this.groupMask = count / GROUP - 1;
    const length = Math.max(1, options.queueLength ?? 256);
    this.queuedWhere = new Int32Array(length);
    this.queuedWhat = new Int32Array(length);
    this.queuedArticle = new Float64Array(length);
    this.queuedAt = new Float64Array(length);
  }

  /** True if this reader saw this article within the window (a repeat); records the view otherwise. */
  isRepeat(articleId: number, address: string, agent: number, now: number): boolean {
    if (this.options.windowMs <= 0) return false;
    hashReader(articleId, address, agent);
    return this.lookUp(where, what, now);
  }

  /**
   * Queues a view to be looked up by settle(), in the order views came. True when the queue is full:
   * the caller settles it before deferring another.
   */
  defer(articleId: number, address: string, agent: number, now: number): boolean {
    hashReader(articleId, address, agent);
    const at = this.queued;
    this.queuedWhere[at] = where;
    this.queuedWhat[at] = what;
    this.queuedArticle[at] = articleId;
    this.queuedAt[at] = now;
    this.queued = at + 1;
    return this.queued === this.queuedWhere.length;
  }

  /** Views deferred and not yet settled. */
  get pending(): number {
    return this.queued;
  }

  /** Looks every deferred view up, in the order they came, and calls `counted` for each new reader. */
  settle(counted: NewReader): void {
    const count = this.queued;
    this.queued = 0;
    if (count === 0) return;
    const windowed = this.options.windowMs > 0;
    if (windowed) {
      // Independent reads: the core fetches all these lines at once instead of one after another.
      let sum = 0;
      for (let i = 0; i < count; i += 1)
        sum += this.slots[((this.queuedWhere[i] ?? 0) & this.groupMask) * GROUP * 2] ?? 0;
      this.touched = sum;
    }
    for (let i = 0; i < count; i += 1) {
      const at = this.queuedAt[i] ?? 0;
      if (!windowed || !this.lookUp(this.queuedWhere[i] ?? 0, this.queuedWhat[i] ?? 0, at))
        counted(this.queuedArticle[i] ?? 0, at);
    }
  }

  /** isRepeat for a reader already hashed. */
  private lookUp(whereHash: number, whatHash: number, now: number): boolean {
    const { windowMs } = this.options;
    // 0 marks an empty slot, so no reader's fingerprint may be 0.
    const fingerprint = whatHash === EMPTY ? 1 : whatHash;
    const slots = this.slots;
    const start = (whereHash & this.groupMask) * GROUP * 2;
    // Where a new reader goes: the group's first empty slot, else the one seen longest ago (a reader
    // whose window has passed is older than any within it, so no sweep is needed).
    let free = -1;
    let oldest = start;
    for (let at = start; at < start + GROUP * 2; at += 2) {
      const held = slots[at];
      if (held === fingerprint) {
        const repeat = now - (slots[at + 1] ?? 0) < windowMs;
        if (!repeat) slots[at + 1] = now;
        return repeat;
      }
      if (held === EMPTY) {
        if (free < 0) free = at;
      } else if ((slots[at + 1] ?? 0) < (slots[oldest + 1] ?? 0)) oldest = at;
    }
    if (free < 0) {
      free = oldest;
      if (now - (slots[free + 1] ?? 0) < windowMs) this.evictedEarly += 1;
    }
    slots[free] = fingerprint;
    slots[free + 1] = now;
    return false;
  }

  /** Readers remembered now: seen within the window. */
  remembered(now: number): number {
    let count = 0;
    for (let at = 0; at < this.slots.length; at += 2) {
      if (this.slots[at] !== EMPTY && now - (this.slots[at + 1] ?? 0) < this.options.windowMs) count += 1;
    }
    return count;
  }

  /** Slots: the most readers remembered at once. */
  get capacity(): number {
    return this.slots.length / 2;
  }
}
