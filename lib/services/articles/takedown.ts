// 定时下线: a published article with a take-down time leaves the public site at that time, unpublished
// or archived as the newsroom settings say. The scheduler fires it once: row locks with SKIP LOCKED
// let one process take each article, and the time is cleared as it fires (the audit keeps it).
import { SYSTEM_ACTOR } from "@/lib/auth/permissions";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { applyTransition } from "@/lib/services/articles/transition";
import { audit } from "@/lib/services/audit";
import { ServiceError } from "@/lib/services/errors";
import { readNewsroomSettings } from "@/lib/services/settings/newsroom-settings";

export interface TakedownRun {
  takenDown: number[];
  failed: Array<{ id: number; reason: string }>;
}

export async function runTakedowns(db: PrismaClient, now: Date): Promise<TakedownRun> {
  const run: TakedownRun = { takenDown: [], failed: [] };
  const due = await db.$queryRaw<Array<{ id: number }>>`
    SELECT id FROM "Article"
    WHERE status = 'PUBLISHED' AND "takedownAt" <= ${now} AND "deletedAt" IS NULL
    ORDER BY "takedownAt" LIMIT 100`;
  if (due.length === 0) return run;
  const { takedownMode } = await readNewsroomSettings(db);
  const action = takedownMode === "ARCHIVED" ? "archive" : "unpublish";
  for (const { id } of due) {
    try {
      const fired = await db.$transaction(async (tx) => {
        const locked = await tx.$queryRaw<Array<{ id: number }>>`
          SELECT id FROM "Article"
          WHERE id = ${id} AND status = 'PUBLISHED' AND "takedownAt" <= ${now}
          FOR UPDATE SKIP LOCKED`;
        if (locked.length === 0) return false;
        const article = await tx.article.findUniqueOrThrow({ where: { id } });
        await applyTransition(tx, SYSTEM_ACTOR, article, { action }, now);
        await tx.article.update({ where: { id }, data: { takedownAt: null } });
        await audit(tx, SYSTEM_ACTOR, "article.takedown", {
          articleId: id,
          details: { takedownAt: article.takedownAt?.toISOString() ?? null, to: takedownMode },
        });
        return true;
      });
      if (fired) run.takenDown.push(id);
    } catch (error) {
      if (!(error instanceof ServiceError)) throw error;
      run.failed.push({ id, reason: error.message });
    }
  }
  return run;
}
