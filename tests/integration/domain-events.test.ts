// Issue 12: every change receivers hear of is recorded in the outbox in the same transaction as the
// change, and the relay fans each event out to its subscribers' jobs exactly once.
import { afterAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { relayEvents } from "@/lib/events/relay";
import { jobRequest, subscribe } from "@/lib/events/subscribe";
import type { DomainEvent } from "@/lib/events/types";
import { defineJob } from "@/lib/jobs/define-job";
import { getBoss, stopBoss } from "@/lib/jobs/boss";
import { addCorrection } from "@/lib/services/articles/corrections";
import { retractArticle } from "@/lib/services/articles/curation";
import { runScheduled } from "@/lib/services/articles/run-scheduled";
import { saveArticle } from "@/lib/services/articles/save-article";
import { transitionArticle } from "@/lib/services/articles/transition";
import { trashArticle } from "@/lib/services/articles/trash";
import { addLiveEntry } from "@/lib/services/live/live-entries";
import { textToDoc } from "@/lib/newsroom/body";
import { expectServiceError } from "../support/expect-error";
import { setAsideEarlierEvents } from "../support/outbox";
import { articleInput, contextFor, createStaff, publishedArticle, type Clock } from "../support/factories";

const HOUR = 3_600_000;

afterAll(async () => {
  await stopBoss();
});

async function eventsOf(articleId: number) {
  const db = await getDb();
  const rows = await db.domainEvent.findMany({ where: { articleId }, orderBy: [{ occurredAt: "asc" }, { id: "asc" }] });
  return rows.map((row) => row.type);
}

describe("domain events are recorded with the change", () => {
  it("publish, update, correct, unpublish, publish again, retract and trash each leave one event", async () => {
    const clock: Clock = { now: new Date("2031-01-01T00:00:00Z") };
    const editor = await contextFor(await createStaff("EDITOR"), [], clock);
    const article = await publishedArticle(editor);
    expect(await eventsOf(article.id)).toEqual(["article.published"]);

    clock.now = new Date("2031-01-01T01:00:00Z");
    const saved = await saveArticle(editor, { id: article.id, version: article.version, title: "改过的标题" });
    // An autosave of a live article is kept aside: readers see nothing new, receivers hear nothing.
    await saveArticle(editor, { id: article.id, version: saved.version, title: "草稿中", autosave: true });
    clock.now = new Date("2031-01-01T02:00:00Z");
    await addCorrection(editor, article.id, { kind: "CORRECTION", text: "更正:时间有误。" });
    clock.now = new Date("2031-01-01T03:00:00Z");
    const down = await transitionArticle(editor, article.id, { action: "unpublish" });
    clock.now = new Date("2031-01-01T04:00:00Z");
    await transitionArticle(editor, article.id, { action: "publish" }, down.version);
    clock.now = new Date("2031-01-01T05:00:00Z");
    await retractArticle(editor, article.id, "报道失实,撤稿。");
    clock.now = new Date("2031-01-01T06:00:00Z");
    await trashArticle(editor, article.id);

    expect(await eventsOf(article.id)).toEqual([
      "article.published",
      "article.updated",
      "article.corrected",
      "article.unpublished",
      "article.published",
      "article.retracted",
      "article.trashed",
    ]);
    const db = await getDb();
    const updated = await db.domainEvent.findFirstOrThrow({
      where: { articleId: article.id, type: "article.updated" },
    });
    expect(updated.occurredAt.toISOString()).toBe("2031-01-01T01:00:00.000Z");
    expect(updated.payload).toMatchObject({
      article: {
        id: article.id,
        title: "改过的标题",
        status: "PUBLISHED",
        url: expect.stringMatching(new RegExp(`/articles/${article.id}$`)),
        modifiedAt: "2031-01-01T01:00:00.000Z",
      },
    });
  });

  it("a refused change records nothing, and a draft's saves are not events", async () => {
    const editor = await contextFor(await createStaff("EDITOR"));
    const draft = await saveArticle(editor, articleInput({ body: { type: "doc", content: [] } }));
    await saveArticle(editor, { id: draft.id, version: draft.version, title: "还是草稿" });
    await expectServiceError(transitionArticle(editor, draft.id, { action: "publish" }), "validation");
    expect(await eventsOf(draft.id)).toEqual([]);
  });

  it("the scheduler's go-live, embargo lift and take-down are events too", async () => {
    const clock: Clock = { now: new Date("2031-02-01T00:00:00Z") };
    const editor = await contextFor(await createStaff("EDITOR"), [], clock);
    const db = await getDb();
    const at = new Date(clock.now.getTime() + HOUR);
    const scheduled = await saveArticle(editor, articleInput({ then: { action: "schedule", at } }));
    const embargoed = await publishedArticle(editor, { embargoUntil: new Date(clock.now.getTime() + 2 * HOUR) });
    const doomed = await publishedArticle(editor, { takedownAt: new Date(clock.now.getTime() + 3 * HOUR) });
    // Embargoed: readers see nothing yet, so receivers hear nothing yet.
    expect(await eventsOf(embargoed.id)).toEqual([]);

    await runScheduled(db, new Date(at.getTime() + 1000));
    expect(await eventsOf(scheduled.id)).toEqual(["article.published"]);
    await runScheduled(db, new Date(clock.now.getTime() + 2 * HOUR + 1000));
    expect(await eventsOf(embargoed.id)).toEqual(["article.published"]);
    await runScheduled(db, new Date(clock.now.getTime() + 3 * HOUR + 1000));
    expect(await eventsOf(doomed.id)).toEqual(["article.published", "article.unpublished"]);
    // Each fired once: a second run finds nothing to record.
    await runScheduled(db, new Date(clock.now.getTime() + 4 * HOUR));
    expect(await eventsOf(embargoed.id)).toEqual(["article.published"]);
  });

  it("an embargo that ended before publication is not announced a second time by the scheduler", async () => {
    const clock: Clock = { now: new Date("2031-04-01T00:00:00Z") };
    const editor = await contextFor(await createStaff("EDITOR"), [], clock);
    const db = await getDb();
    const article = await publishedArticle(editor, { embargoUntil: new Date("2031-03-31T00:00:00Z") });
    await runScheduled(db, clock.now);
    // A later save re-arms the embargo's announcement; still nothing new for receivers but the update.
    clock.now = new Date("2031-04-01T01:00:00Z");
    await saveArticle(editor, { id: article.id, version: article.version, title: "改标题" });
    await runScheduled(db, clock.now);
    expect(await eventsOf(article.id)).toEqual(["article.published", "article.updated"]);
  });

  it("a live entry on a published live article is an event with the entry's id", async () => {
    const clock: Clock = { now: new Date("2031-03-01T08:00:00Z") };
    const editor = await contextFor(await createStaff("EDITOR"), [], clock);
    const article = await publishedArticle(editor, { isLive: true, publishedAt: new Date("2031-03-01T07:00:00Z") });
    clock.now = new Date("2031-03-01T08:01:00Z");
    const entryId = await addLiveEntry(editor, article.id, {
      body: textToDoc("最新进展"),
      imageId: null,
      personId: null,
      credit: null,
    });
    expect(await eventsOf(article.id)).toEqual(["article.published", "live.entry_added"]);
    const db = await getDb();
    const event = await db.domainEvent.findFirstOrThrow({ where: { articleId: article.id, type: "live.entry_added" } });
    expect(event.payload).toMatchObject({ entryId, article: { id: article.id } });
  });
});

const relayed: Array<{ eventId: string; type: string }> = [];
const probeJob = defineJob<{ eventId: string; type: string }>({
  name: "test.event-probe",
  retryLimit: 0,
  retryDelay: 1,
  retryBackoff: false,
  expireIn: 60,
  run: async (data) => {
    relayed.push(data);
  },
});
let failNext = false;
subscribe("test-probe", ["article.published", "article.trashed"], (event: DomainEvent) => {
  if (failNext) {
    failNext = false;
    throw new Error("subscriber failed on purpose");
  }
  return [
    jobRequest(probeJob, { eventId: event.id, type: event.type }, "one"),
    jobRequest(probeJob, { eventId: event.id, type: event.type }, "two"),
  ];
});

async function probeJobsFor(eventId: string) {
  const boss = await getBoss();
  const { rows } = await boss
    .getDb()
    .executeSql(`SELECT id FROM pgboss.job WHERE name = $1 AND data->>'eventId' = $2`, [probeJob.name, eventId]);
  return rows as Array<{ id: string }>;
}

/** Earlier events set aside first, so the relay runs that follow see only this article's events. */
async function publishWithProbeQueue() {
  const boss = await getBoss();
  await boss.createQueue(probeJob.name);
  const db = await getDb();
  await setAsideEarlierEvents();
  const editor = await contextFor(await createStaff("EDITOR"));
  const article = await publishedArticle(editor);
  return { db, editor, article };
}

describe("the relay", () => {
  it("fans each event out once to the subscribers of its type, even when several relays run at once", async () => {
    const { db, article } = await publishWithProbeQueue();
    const event = await db.domainEvent.findFirstOrThrow({ where: { articleId: article.id } });
    expect(event.relayedAt).toBeNull();

    const runs = await Promise.all([relayEvents(db), relayEvents(db), relayEvents(db)]);
    expect(runs.reduce((sum, run) => sum + run.relayed, 0)).toBe(1);
    expect(await probeJobsFor(event.id)).toHaveLength(2);
    expect((await db.domainEvent.findUniqueOrThrow({ where: { id: event.id } })).relayedAt).not.toBeNull();

    // Relayed again by hand (as if a relay died after queueing): the same job ids, nothing new queued.
    await db.domainEvent.update({ where: { id: event.id }, data: { relayedAt: null } });
    await relayEvents(db);
    expect(await probeJobsFor(event.id)).toHaveLength(2);
  });

  it("leaves an event a subscriber fails on unrelayed, with nothing queued, and relays it at the next run", async () => {
    const { db, editor, article } = await publishWithProbeQueue();
    await trashArticle(editor, article.id);
    const [published, trashed] = await db.domainEvent.findMany({
      where: { articleId: article.id },
      orderBy: { occurredAt: "asc" },
    });

    failNext = true;
    const first = await relayEvents(db);
    expect(first.failed).toEqual([{ id: published?.id, error: "Error: subscriber failed on purpose" }]);
    expect(first.relayed).toBe(1);
    expect(await probeJobsFor(published?.id ?? "")).toHaveLength(0);
    expect(await probeJobsFor(trashed?.id ?? "")).toHaveLength(2);

    const second = await relayEvents(db);
    expect(second).toEqual({ relayed: 1, failed: [] });
    expect(await probeJobsFor(published?.id ?? "")).toHaveLength(2);
  });
});
