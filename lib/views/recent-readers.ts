// A reader who reloads an article, or whose browser sends the beacon twice, is one view within a window.
// A reader is an article, an address and a browser. Every article request of a busy site asks, and most
// are new readers, so the table allocates nothing per view: a fixed set of slots in typed arrays (off
// the JavaScript heap, never scanned by the garbage collector), each holding a 32-bit fingerprint of a
// reader and when it was seen. A reader's second, independent hash picks a group of four slots; a new
// reader takes the group's empty or oldest slot. So memory is fixed, and when more readers arrive within
// one window than there are slots, the oldest are forgotten early and may count again (never the
// reverse: two readers share a key only if both 32-bit hashes agree).

export interface RecentReadersOptions {
  windowMs: number;
  /** Readers remembered at once: slots, rounded up to a power of two (at least 4). */
  maxKeys: number;
}

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

  constructor(private readonly options: RecentReadersOptions) {
    let count = GROUP;
    while (count < options.maxKeys) count *= 2;
    // No window, no table: every view counts.
    if (options.windowMs <= 0) count = GROUP;
    this.slots = new Float64Array(count * 2);
    this.groupMask = count / GROUP - 1;
  }

  /** True if this reader saw this article within the window (a repeat); records the view otherwise. */
  isRepeat(articleId: number, address: string, agent: number, now: number): boolean {
    const { windowMs } = this.options;
    if (windowMs <= 0) return false;
    hashReader(articleId, address, agent);
    // 0 marks an empty slot, so no reader's fingerprint may be 0.
    const fingerprint = what === EMPTY ? 1 : what;
    const slots = this.slots;
    const start = (where & this.groupMask) * GROUP * 2;
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
