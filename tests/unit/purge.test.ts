import { describe, expect, it } from "vitest";
import { createPurger } from "@/lib/cache/purge";

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("the edge purge", () => {
  it("sends the changed keys (never Next's implicit tags) in one PURGE per receiver", async () => {
    const sent: Array<{ url: string; method?: string; keys: string | null }> = [];
    const purge = createPurger({
      urls: ["http://edge-a/", "http://edge-b/"],
      batchMs: 5,
      fetch: async (url, init) => {
        sent.push({ url: String(url), method: init?.method, keys: new Headers(init?.headers).get("surrogate-key") });
        return new Response(null, { status: 200 });
      },
    });
    purge(["article:5", "_N_T_/articles/5", "articles"]);
    purge(["settings", "status:410"]);
    await settle(30);
    expect(sent).toEqual([
      { url: "http://edge-a/", method: "PURGE", keys: "article:5 articles settings" },
      { url: "http://edge-b/", method: "PURGE", keys: "article:5 articles settings" },
    ]);
  });

  it("retries a failed purge with back-off, logs it, and gives up in the end", async () => {
    let calls = 0;
    const logged: string[] = [];
    const purge = createPurger({
      urls: ["http://edge/"],
      batchMs: 1,
      retryDelaysMs: [5, 5],
      log: (message) => logged.push(message),
      fetch: async () => {
        calls += 1;
        if (calls === 1) throw new Error("connection refused");
        return new Response(null, { status: 503 });
      },
    });
    purge(["article:1"]);
    await settle(60);
    expect(calls).toBe(3);
    expect(logged).toHaveLength(3);
    expect(logged[0]).toContain("connection refused; retrying in 5 ms");
    expect(logged[2]).toContain("HTTP 503; giving up");
  });

  it("hands a purge whose first try failed to the job queue, and retries in memory only if that fails", async () => {
    let calls = 0;
    const handed: Array<{ url: string; keys: string[] }> = [];
    const logged: string[] = [];
    const failing = async () => {
      calls += 1;
      return new Response(null, { status: 502 });
    };
    const purge = createPurger({
      urls: ["http://edge/"],
      batchMs: 1,
      retryDelaysMs: [5, 5],
      log: (message) => logged.push(message),
      fetch: failing,
      handOff: async (url, keys) => void handed.push({ url, keys }),
    });
    purge(["article:7", "articles"]);
    await settle(40);
    expect(calls).toBe(1);
    expect(handed).toEqual([{ url: "http://edge/", keys: ["article:7", "articles"] }]);
    expect(logged).toEqual(["[purge] http://edge/ refused keys article:7 articles: HTTP 502; queued for retry"]);

    calls = 0;
    const fallback = createPurger({
      urls: ["http://edge/"],
      batchMs: 1,
      retryDelaysMs: [5],
      log: () => undefined,
      fetch: failing,
      handOff: async () => {
        throw new Error("queue unreachable");
      },
    });
    fallback(["article:8"]);
    await settle(40);
    expect(calls).toBe(2);
  });

  it("does nothing without receivers", async () => {
    let calls = 0;
    const purge = createPurger({ urls: [], batchMs: 1, fetch: async () => (calls++, new Response()) });
    purge(["articles"]);
    await settle(10);
    expect(calls).toBe(0);
  });
});
