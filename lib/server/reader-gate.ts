// Admission for readers' renders. Node renders on one thread: with a hundred readers' cache misses in
// flight at once, an editor's save waits its turn behind all of them (a soak with 200 readers took saves
// past 30 s). Readers' requests that the hot cache could not answer take one of a few slots; the rest
// wait here, costing nothing, and staff requests (admin, sign-in, server actions, the API) never wait.
// A reader who gives up while waiting (the edge's or their own timeout) is never rendered for.

export interface GateStats {
  running: number;
  waiting: number;
  /** Requests that had to wait for a slot, since start. */
  queued: number;
  /** Requests whose client went away before a slot was free, since start. */
  abandoned: number;
}

/** The part of a response the gate watches: its end frees the slot, an early close cancels the wait. */
export interface GatedResponse {
  once(event: "close", listener: () => void): unknown;
}

interface Waiter {
  start: () => void;
  cancelled: boolean;
}

export class ReaderGate {
  private running = 0;
  private readonly waiting: Waiter[] = [];
  private queued = 0;
  private abandoned = 0;

  constructor(private readonly slots: number) {
    if (!Number.isInteger(slots) || slots < 1) throw new Error(`a reader gate needs at least one slot (${slots})`);
  }

  /** Starts `render` now or once a slot is free; the slot is held until the response closes. */
  admit(res: GatedResponse, render: () => void): void {
    if (this.running < this.slots) {
      this.start(res, render);
      return;
    }
    this.queued += 1;
    const waiter: Waiter = { start: () => this.start(res, render), cancelled: false };
    this.waiting.push(waiter);
    res.once("close", () => {
      if (waiter.cancelled) return;
      // Still in the queue (started waiters are no longer in it): the client left before its turn.
      const index = this.waiting.indexOf(waiter);
      if (index < 0) return;
      this.waiting.splice(index, 1);
      waiter.cancelled = true;
      this.abandoned += 1;
    });
  }

  stats(): GateStats {
    return { running: this.running, waiting: this.waiting.length, queued: this.queued, abandoned: this.abandoned };
  }

  private start(res: GatedResponse, render: () => void): void {
    this.running += 1;
    let released = false;
    res.once("close", () => {
      if (released) return;
      released = true;
      this.running -= 1;
      this.next();
    });
    try {
      render();
    } catch (error) {
      // The render's own failure is Next's to answer; the slot is freed when the response closes.
      console.error("[reader-gate] render threw:", error);
    }
  }

  private next(): void {
    while (this.running < this.slots) {
      const waiter = this.waiting.shift();
      if (!waiter) return;
      if (waiter.cancelled) continue;
      waiter.cancelled = true;
      waiter.start();
    }
  }
}

const STAFF_OR_ASSETS = /^\/(admin|account|login|preview|api|_next|media)(\/|$)/;

/** Whether a request is a reader's page or feed, which waits for a slot: GET or HEAD, no server action. */
export function isReaderRender(method: string | undefined, pathname: string, headers: Record<string, unknown>) {
  if (method !== "GET" && method !== "HEAD") return false;
  if (headers["next-action"] !== undefined) return false;
  return !STAFF_OR_ASSETS.test(pathname);
}
