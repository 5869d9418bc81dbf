// The newsroom clock: publishes scheduled articles whose time has come and announces embargoes that
// have ended. Its state is the articles themselves, so it survives restarts; row locks with
// SKIP LOCKED make each article fire once even with several server processes.
import { SYSTEM_ACTOR } from "@/lib/auth/permissions";
import { TAGS } from "@/lib/content/tags";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { lastToldPublished, recordEventFor } from "@/lib/events/record";
import { runTakedowns } from "@/lib/services/articles/takedown";
import { applyTransition } from "@/lib/services/articles/transition";
import { ServiceError } from "@/lib/services/errors";

export interface SchedulerRun {
  published: number[];
  embargoesLifted: number[];
  /** Live articles whose coverage just reached its end time. */
  liveClosed: number[];
  /** Taken off the site at their take-down time (lib/services/articles/takedown.ts). */
  takenDown: number[];
  /** Articles due but not publishable (e.g. emptied body): left as they are, with the reason. */
  failed: Array<{ id: number; reason: string }>;
  tags: string[];
}

export async function runScheduled(db: PrismaClient, now: Date): Promise<SchedulerRun> {
  const run: SchedulerRun = { published: [], embargoesLifted: [], liveClosed: [], takenDown: [], failed: [], tags: [] };
  const due = await db.$queryRaw<Array<{ id: number }>>`
    SELECT id FROM "Article"
    WHERE status = 'SCHEDULED' AND "scheduledAt" <= ${now} AND "deletedAt" IS NULL
    ORDER BY "scheduledAt" LIMIT 100`;
  for (const { id } of due) {
    try {
      const fired = await db.$transaction(async (tx) => {
        // Whoever locks the row first publishes it; the others skip it.
        const locked = await tx.$queryRaw<Array<{ id: number }>>`
          SELECT id FROM "Article" WHERE id = ${id} AND status = 'SCHEDULED' FOR UPDATE SKIP LOCKED`;
        if (locked.length === 0) return false;
        const article = await tx.article.findUniqueOrThrow({ where: { id } });
        const publishedAt = article.publishedAt ?? article.scheduledAt;
        // Shown as published at the time it was scheduled for, unless the editor set a dateline time.
        await applyTransition(tx, SYSTEM_ACTOR, { ...article, publishedAt }, { action: "publish" }, now);
        return true;
      });
      if (fired) run.published.push(id);
    } catch (error) {
      if (!(error instanceof ServiceError)) throw error;
      run.failed.push({ id, reason: error.message });
    }
  }

  // Readers see these now: receivers hear article.published, recorded with the lift (lib/events/).
  const lifted = await db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<Array<{ id: number; deletedAt: Date | null; retractedAt: Date | null }>>`
      UPDATE "Article" SET "embargoLiftedAt" = ${now}
      WHERE id IN (
        SELECT id FROM "Article"
        WHERE "embargoUntil" <= ${now} AND "embargoLiftedAt" IS NULL AND status = 'PUBLISHED'
        FOR UPDATE SKIP LOCKED)
      RETURNING id, "deletedAt", "retractedAt"`;
    for (const row of rows) {
      if (row.deletedAt !== null || row.retractedAt !== null || (await lastToldPublished(tx, row.id))) continue;
      await recordEventFor(tx, "article.published", row.id, now);
    }
    return rows;
  });
  run.embargoesLifted = lifted.map((row) => row.id);

  // Live coverage past its end time: its cached page and live.json still say "live" until told. Once
  // per end time: an editor who moves the end later gets the new end announced too.
  const closed = await db.$queryRaw<Array<{ id: number }>>`
    UPDATE "Article" SET "liveClosedAt" = ${now}
    WHERE id IN (
      SELECT id FROM "Article"
      WHERE "isLive" AND "liveEndsAt" <= ${now} AND ("liveClosedAt" IS NULL OR "liveClosedAt" < "liveEndsAt")
      FOR UPDATE SKIP LOCKED)
    RETURNING id`;
  run.liveClosed = closed.map((row) => row.id);

  const takedowns = await runTakedowns(db, now);
  run.takenDown = takedowns.takenDown;
  run.failed.push(...takedowns.failed);

  const changed = [...run.published, ...run.embargoesLifted, ...run.liveClosed, ...run.takenDown];
  if (changed.length > 0) run.tags = [TAGS.articleLists, ...changed.map((id) => TAGS.article(id))];
  return run;
}
