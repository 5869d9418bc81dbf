// The review chain's site settings, kept apart from the general settings (their own row and screen),
// so that saving one form never resets the other.
import { z } from "zod";
import { can } from "@/lib/auth/permissions";
import { TAGS } from "@/lib/content/tags";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { audit } from "@/lib/services/audit";
import type { ServiceContext } from "@/lib/services/context";
import { forbidden, invalid, say } from "@/lib/services/errors";
import { storedSetting } from "@/lib/services/settings/stored-setting";

const checkbox = z.preprocess((value) => value === true || value === "on" || value === "true", z.boolean());

export const MAX_STAGES = 9;

export const reviewSettingsSchema = z.object({
  /** 0 keeps publishing as it was before the chain: one editor's decision. */
  stagesRequired: z.coerce.number().int().min(0).max(MAX_STAGES).default(0),
  distinctSigners: checkbox.default(false),
  /** The article page names the final stage's signer as 责任编辑. */
  showResponsibleEditor: checkbox.default(false),
});

export type ReviewSettings = z.infer<typeof reviewSettingsSchema>;

const stored = storedSetting("review", reviewSettingsSchema);

export async function readReviewSettings(db: PrismaClient | Prisma.TransactionClient): Promise<ReviewSettings> {
  return stored.read(db);
}

export async function updateReviewSettings(ctx: ServiceContext, settings: ReviewSettings): Promise<void> {
  if (!can(ctx.actor, "review.configure")) throw forbidden("review.configureAdminsOnly");
  await ctx.db.$transaction(async (tx) => {
    const stages = await tx.reviewStage.count();
    if (settings.stagesRequired > stages) {
      throw invalid(say("review.tooManyRequired", { stages }), {
        stagesRequired: [say("review.atMost", { stages })],
      });
    }
    await stored.write(tx, settings);
    await audit(tx, ctx.actor, "review.settings", { details: settings });
  });
  // The byline's 责任编辑 depends on it.
  ctx.onChange?.([TAGS.settings, TAGS.articleLists]);
}
