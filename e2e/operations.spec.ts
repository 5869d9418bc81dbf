// Issue 11 §3: what load balancers and orchestrators ask a server — is the process up, and should it
// get readers now (database answering, this release's migrations applied, Redis when configured).
import { E2E_METRICS_TOKEN } from "./support/config";
import { expect, test } from "./support/test";

test("liveness and readiness answer without signing in, never cached", async ({ request }) => {
  const health = await request.get("/api/health");
  expect(health.status()).toBe(200);
  expect(health.headers()["cache-control"]).toMatch(/\bno-store\b/);
  expect(await health.json()).toMatchObject({ status: "ok", uptimeSeconds: expect.any(Number) });

  const ready = await request.get("/api/ready");
  expect(ready.status()).toBe(200);
  expect(ready.headers()["cache-control"]).toMatch(/\bno-store\b/);
  const body = (await ready.json()) as {
    status: string;
    ready: boolean;
    draining: boolean;
    checks: Record<string, { ok: boolean; ms: number }>;
  };
  expect(body).toMatchObject({ status: "ready", ready: true, draining: false });
  expect(body.checks.database).toMatchObject({ ok: true });
  expect(body.checks.migrations).toMatchObject({ ok: true });
  // Every check that ran passed (Redis is checked only where REDIS_URL is set).
  expect(Object.values(body.checks).every((check) => check.ok)).toBe(true);
});

test("Prometheus's scrape needs the token, and then shows requests, the hot cache and the job queue", async ({
  request,
}) => {
  expect((await request.get("/api/metrics")).status()).toBe(401);
  expect(
    (await request.get("/api/metrics", { headers: { authorization: "Bearer not-the-token-at-all" } })).status(),
  ).toBe(401);
  // A reader's article twice: the second time at the latest it is a replay from the hot cache.
  for (let i = 0; i < 2; i += 1) expect((await request.get("/articles/1")).status()).toBe(200);
  const scrape = await request.get("/api/metrics", { headers: { authorization: `Bearer ${E2E_METRICS_TOKEN}` } });
  expect(scrape.status()).toBe(200);
  expect(scrape.headers()["content-type"]).toMatch(/^text\/plain/);
  const text = await scrape.text();
  expect(text).toMatch(/^masthead_http_request_duration_seconds_count\{kind="article",[^}]*\} [1-9]/m);
  expect(Number(/^masthead_hot_cache_replays_total (\d+)/m.exec(text)?.[1])).toBeGreaterThan(0);
  // Every job of the catalogue has its series, failed ones included.
  expect(text).toMatch(/^masthead_jobs\{queue="[^"]+",state="failed"\} \d+/m);
  expect(text).toMatch(/^masthead_process_resident_memory_bytes \d+/m);
});

test("staff and API answers name their request id (a proxy's is kept); public pages carry none", async ({
  request,
}) => {
  const made = await request.get("/api/health");
  expect(made.headers()["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
  const kept = await request.get("/api/health", { headers: { "x-request-id": "edge-7f3a9c2e-0001" } });
  expect(kept.headers()["x-request-id"]).toBe("edge-7f3a9c2e-0001");
  const page = await request.get("/articles/1");
  expect(page.status()).toBe(200);
  expect(page.headers()["x-request-id"]).toBeUndefined();
});
