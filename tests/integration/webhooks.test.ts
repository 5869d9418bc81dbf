// Issue 12 part 3: signed webhooks, delivered through the job queue to a local receiver that checks
// each signature with the `standardwebhooks` package, fails on purpose, and counts arrivals.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { DomainEventType } from "@/lib/events/types";

// Fast retries and an early pause for the tests; 127.0.0.1 is the receiver. Set before lib/env loads.
vi.hoisted(() => {
  process.env.WEBHOOK_ALLOW_PRIVATE_HOSTS = "on";
  process.env.WEBHOOK_RETRY_DELAY_SECONDS = "1";
  process.env.WEBHOOK_PAUSE_AFTER_FAILURES = "3";
  process.env.WEBHOOK_TIMEOUT_MS = "5000";
});

const { getDb } = await import("@/lib/db");
const { env } = await import("@/lib/env");
const { relayEvents } = await import("@/lib/events/relay");
const { DOMAIN_EVENT_TYPES } = await import("@/lib/events/types");
const { getBoss, stopBoss } = await import("@/lib/jobs/boss");
const { workJob } = await import("@/lib/jobs/worker");
const { webhookDeliveryJob } = await import("@/lib/webhooks/delivery-job");
const { postJson } = await import("@/lib/webhooks/post");
const { openSigningSecret } = await import("@/lib/webhooks/signing-secret");
const { createEndpoint, resumeEndpoint, updateEndpoint } = await import("@/lib/services/webhooks/manage-endpoints");
const { endpointWithDeliveries } = await import("@/lib/services/webhooks/endpoint-queries");
const { saveArticle } = await import("@/lib/services/articles/save-article");
const { startReceiver } = await import("../support/webhook-receiver");
const { contextFor, createStaff, publishedArticle } = await import("../support/factories");
const { expectServiceError } = await import("../support/expect-error");
const { setAsideEarlierEvents } = await import("../support/outbox");

type Receiver = Awaited<ReturnType<typeof startReceiver>>;
let receiver: Receiver;

beforeAll(async () => {
  receiver = await startReceiver();
  const boss = await getBoss();
  // Two workers on the same queue, as two servers would run.
  await workJob(boss, webhookDeliveryJob, 0.5);
  await workJob(boss, webhookDeliveryJob, 0.5);
});

beforeEach(setAsideEarlierEvents);

afterAll(async () => {
  await stopBoss(2_000);
  await receiver.close();
});

function until(condition: () => boolean | Promise<boolean>, limitMs = 45_000): Promise<void> {
  const deadline = Date.now() + limitMs;
  return new Promise((resolve, reject) => {
    const check = async () => {
      if (await condition()) return resolve();
      if (Date.now() > deadline) return reject(new Error("condition not met in time"));
      setTimeout(check, 150);
    };
    void check();
  });
}

async function register(path: string, events: readonly DomainEventType[] = DOMAIN_EVENT_TYPES) {
  const admin = await contextFor(await createStaff("ADMIN"));
  const { id, secret } = await createEndpoint(admin, {
    url: receiver.url(path),
    description: "测试接收端",
    enabled: true,
    events: [...events],
  });
  receiver.trust(path, secret);
  return { id, secret, admin };
}

describe("signed webhooks", () => {
  it("signs each delivery, retries after an error and delivers each event exactly once", async () => {
    const { id: endpointId, secret } = await register("/once", ["article.published", "article.updated"]);
    // The first try of every message fails; the retry succeeds.
    receiver.answer = ({ path, nth }) => (path === "/once" && nth === 1 ? 500 : 200);
    const editor = await contextFor(await createStaff("EDITOR"));
    const article = await publishedArticle(editor, { title: "推送测试稿" });
    await saveArticle(editor, { id: article.id, version: article.version, title: "推送测试稿(更新)" });
    const db = await getDb();
    const events = await db.domainEvent.findMany({ where: { articleId: article.id }, orderBy: { occurredAt: "asc" } });
    expect(events.map((event) => event.type)).toEqual(["article.published", "article.updated"]);

    // Several relays at once, as several servers would: each event is still queued once per endpoint.
    await Promise.all([relayEvents(db), relayEvents(db), relayEvents(db)]);
    const ids = events.map((event) => event.id);
    await until(() => ids.every((id) => receiver.acceptedPerId("/once").get(id) === 1));

    const mine = receiver.received.filter((item) => item.path === "/once" && ids.includes(item.id));
    expect(mine.every((item) => item.verified)).toBe(true);
    for (const id of ids) expect(mine.filter((item) => item.id === id).map((item) => item.status)).toEqual([500, 200]);
    const published = mine.find((item) => item.id === ids[0] && item.status === 200);
    expect(published?.headers["content-type"]).toBe("application/json");
    expect(published?.headers["webhook-signature"]).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);
    expect(published?.body).toEqual({
      id: ids[0],
      type: "article.published",
      timestamp: events[0]?.occurredAt.toISOString(),
      data: {
        id: article.id,
        title: "推送测试稿",
        url: `${env.siteUrl}/articles/${article.id}`,
        status: "PUBLISHED",
        publishedAt: expect.any(String),
        modifiedAt: expect.any(String),
      },
    });

    // Every attempt is logged on the endpoint: status and time taken.
    const admin = await contextFor(await createStaff("ADMIN"));
    await until(async () => {
      const shown = await endpointWithDeliveries(admin, endpointId);
      return (shown?.deliveries ?? []).every((delivery) => delivery.status === "DELIVERED");
    });
    const shown = await endpointWithDeliveries(admin, endpointId);
    expect(shown?.deliveries).toHaveLength(2);
    for (const delivery of shown?.deliveries ?? []) {
      expect(delivery.attempts.map((attempt) => attempt.statusCode)).toEqual([500, 200]);
      expect(delivery.attempts[0]?.error).toContain("HTTP 500");
      expect(delivery.attempts.every((attempt) => attempt.durationMs >= 0)).toBe(true);
    }
    // The secret is kept sealed, not as written.
    const stored = await db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpointId } });
    expect(stored.secretSealed).not.toContain(secret.slice(6));
    expect(openSigningSecret(stored.secretSealed)).toBe(secret);
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/);
  });

  it("sends only the chosen events, and nothing to a disabled endpoint", async () => {
    const { id: trashOnly } = await register("/trash-only", ["article.trashed"]);
    const { id: disabled, admin } = await register("/disabled");
    await updateEndpoint(admin, disabled, {
      url: receiver.url("/disabled"),
      description: "",
      enabled: false,
      events: [...DOMAIN_EVENT_TYPES],
    });
    receiver.answer = () => 200;
    const editor = await contextFor(await createStaff("EDITOR"));
    await publishedArticle(editor);
    const db = await getDb();
    await relayEvents(db);
    expect(await db.webhookDelivery.count({ where: { endpointId: { in: [trashOnly, disabled] } } })).toBe(0);
  });

  it("pauses an endpoint that keeps failing, says why, and sends what it held once resumed", async () => {
    const { id: endpointId, admin } = await register("/flaky", ["article.published"]);
    let healthy = false;
    receiver.answer = ({ path }) => (path === "/flaky" && !healthy ? 503 : 200);
    const editor = await contextFor(await createStaff("EDITOR"));
    const article = await publishedArticle(editor);
    const db = await getDb();
    await relayEvents(db);
    const event = await db.domainEvent.findFirstOrThrow({ where: { articleId: article.id } });

    await until(
      async () => (await db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpointId } })).pausedAt !== null,
    );
    const paused = await endpointWithDeliveries(admin, endpointId);
    expect(paused?.pauseReason).toMatch(/^HTTP 503/);
    expect(paused?.consecutiveFailures).toBe(3);
    expect(paused?.failingSince).not.toBeNull();
    expect(paused?.deliveries.map((delivery) => delivery.status)).toEqual(["HELD"]);
    expect(paused?.deliveries[0]?.attempts).toHaveLength(3);

    // While paused, new events are held without a try.
    const second = await publishedArticle(editor);
    await relayEvents(db);
    const secondEvent = await db.domainEvent.findFirstOrThrow({ where: { articleId: second.id } });
    const held = await db.webhookDelivery.findFirstOrThrow({ where: { endpointId, eventId: secondEvent.id } });
    expect(held.status).toBe("HELD");

    healthy = true;
    expect(await resumeEndpoint(admin, endpointId)).toBe(2);
    await until(
      () =>
        receiver.acceptedPerId("/flaky").get(event.id) === 1 &&
        receiver.acceptedPerId("/flaky").get(secondEvent.id) === 1,
    );
    const resumed = await db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpointId } });
    expect(resumed).toMatchObject({ pausedAt: null, pauseReason: null, consecutiveFailures: 0 });
    const audit = await db.auditEntry.findFirst({ where: { action: "webhook.resume", actorId: admin.actor.id } });
    expect(audit?.details).toMatchObject({ id: endpointId, resent: 2 });
    await expectServiceError(resumeEndpoint(admin, endpointId), "validation");
  });

  it("refuses addresses that are not http(s), carry credentials, or are private while that is not allowed", async () => {
    const admin = await contextFor(await createStaff("ADMIN"));
    const input = { description: "", enabled: true, events: ["article.published" as const] };
    for (const url of ["ftp://example.com/hook", "javascript:alert(1)", "file:///etc/passwd", "not a url"]) {
      await expectServiceError(createEndpoint(admin, { ...input, url }), "validation");
    }
    await expectServiceError(createEndpoint(admin, { ...input, url: "https://user:pw@example.com/" }), "validation");
    const editor = await contextFor(await createStaff("EDITOR"));
    await expectServiceError(createEndpoint(editor, { ...input, url: "https://example.com/" }), "forbidden");

    env.webhooks.allowPrivateHosts = false;
    try {
      for (const url of [
        "http://127.0.0.1:9/",
        "http://[::1]/",
        "http://10.1.2.3/",
        "http://169.254.169.254/latest",
        "http://localhost/",
      ]) {
        await expectServiceError(createEndpoint(admin, { ...input, url }), "validation");
      }
      // And at delivery time, where a public-looking name may still lead inside: the connection is refused.
      const options = { timeoutMs: 2_000, allowPrivateHosts: false };
      expect((await postJson(receiver.url("/x"), "{}", {}, options)).error).toMatch(/private address/);
      const viaName = await postJson(receiver.url("/x").replace("127.0.0.1", "localhost"), "{}", {}, options);
      expect(viaName.statusCode).toBeNull();
      expect(viaName.error).toMatch(/private address/);
    } finally {
      env.webhooks.allowPrivateHosts = true;
    }
    expect(await (await getDb()).webhookEndpoint.count({ where: { url: { contains: "169.254" } } })).toBe(0);
  });
});
