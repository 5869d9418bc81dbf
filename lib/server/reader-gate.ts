// Admission for readers' renders. Node renders on one thread: with a hundred readers' cache misses in
// flight at once, an editor's save waits its turn behind all of them (a soak with 200 readers took saves
// past 30 s). Readers' requests that the hot cache could not answer take one of a few slots; the rest
// wait here, costing nothing, and staff requests (admin, sign-in, server actions, the API) never wait.
// A reader who gives up while waiting (the edge's or their own timeout) is never rendered for.
import { audienceOf } from "@/lib/security/headers";

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

export class ReaderGate {
  private running = 0;
  /** Renders waiting for a slot, in order; one whose client leaves is taken out. */
  private readonly waiting: Array<() => void> = [];
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
    const waiter = () => this.start(res, render);
    this.waiting.push(waiter);
    res.once("close", () => {
      // Still in the queue (a started waiter is not): the client left before its turn.
      const index = this.waiting.indexOf(waiter);
      if (index < 0) return;
      this.waiting.splice(index, 1);
      this.abandoned += 1;
    });
  }

  stats(): GateStats {
    return { running: this.running, waiting: this.waiting.length, queued: this.queued, abandoned: this.abandoned };
  }

  private start(res: GatedResponse, render: () => void): void {
    this.running += 1;
    res.once("close", () => {
      this.running -= 1;
      while (this.running < this.slots && this.waiting.length > 0) this.waiting.shift()?.();
    });
    try {
      render();
    } catch (error) {
      // The render's own failure is Next's to answer; the slot is freed when the response closes.
      console.error("[reader-gate] render threw:", error);
    }
  }
}

/** Files, not renders: Next's build output and the media library. */
const ASSETS = /^\/(_next|media)(\/|$)/;

/** Whether a request is a reader's page or feed, which waits for a slot: GET or HEAD, no server action. */
export function isReaderRender(method: string | undefined, pathname: string, headers: Record<string, unknown>) {
  if (method !== "GET" && method !== "HEAD") return false;
  if (headers["next-action"] !== undefined) return false;
  return audienceOf(pathname) === "site" && !ASSETS.test(pathname);
}
