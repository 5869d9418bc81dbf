// The counter's own work per counted view, timed in this process with no HTTP around it: what the
// server adds to each article request in VIEWS_SOURCE=server (a reader's request, a new reader each
// time, the dedupe window full as under load). Set beside the time one page request takes, it says
// what share of the page's throughput counting can cost, without the machine's noise of a wrk run.
import { createViewCounter } from "@/lib/views/counter";
import { countWhenAnswered, drainViews, type AnsweredResponse } from "@/lib/views/page-view";

const BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";

/** Nanoseconds per counted view: the fastest of a few rounds of 200,000 (the others met other jobs). */
export function viewWorkNs(rounds = 5, perRound = 200_000): number {
  const counter = createViewCounter({ timeZone: "Asia/Shanghai", dedupeMs: 30 * 60_000 });
  // As the hot cache leaves it: ended, counted at once (under load nearly every article request).
  const response: AnsweredResponse = {
    statusCode: 200,
    writableEnded: true,
    once: () => {
      throw new Error("an ended response is counted at once, without a listener");
    },
  };
  const addresses = Array.from({ length: perRound }, (_, i) => `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`);
  let best = Infinity;
  for (let round = 0; round < rounds; round += 1) {
    const headers = { "user-agent": BROWSER };
    const started = process.hrtime.bigint();
    for (const address of addresses) {
      countWhenAnswered(
        { method: "GET", pathname: "/articles/1", headers, address: `${round}.${address}` },
        response,
        counter,
      );
    }
    best = Math.min(best, Number(process.hrtime.bigint() - started) / perRound);
    drainViews(counter);
  }
  return best;
}
