// Newsroom rules an admin sets beside the site settings: what a take-down does to an article, and the
// sources (来源) the newsroom may reprint from. Kept under a key of their own, so the site settings'
// form and this one never overwrite each other.
import { z } from "zod";
import { can } from "@/lib/auth/permissions";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { audit } from "@/lib/services/audit";
import type { ServiceContext } from "@/lib/services/context";
import { forbidden } from "@/lib/services/errors";
import { storedSetting } from "@/lib/services/settings/stored-setting";
import { fill } from "@/lib/i18n/fill";
import { validationZhCN } from "@/lib/i18n/messages/validation-zh-CN";
import type { ValidationWords } from "@/lib/validations/admin";

export const TAKEDOWN_MODES = ["UNPUBLISHED", "ARCHIVED"] as const;
export type TakedownMode = (typeof TAKEDOWN_MODES)[number];

const MAX_SOURCES = 500;
const MAX_SOURCE_CHARS = 100;

/** One source a line (a form's textarea) or a list (the stored value). */
const sourceList = (v: ValidationWords) =>
  z.preprocess(
    (value) =>
      typeof value === "string"
        ? [
            ...new Set(
              value
                .split(/\r?\n/)
                .map((line) => line.trim())
                .filter(Boolean),
            ),
          ]
        : value,
    z
      .array(z.string().max(MAX_SOURCE_CHARS, { error: fill(v.sourceTooLong, { max: MAX_SOURCE_CHARS }) }))
      .max(MAX_SOURCES, { error: fill(v.tooManySources, { max: MAX_SOURCES }) }),
  );

/** The form's rules, worded in the interface language. */
export const newsroomSettingsForm = (v: ValidationWords) =>
  z.object({
    takedownMode: z.enum(TAKEDOWN_MODES).default("UNPUBLISHED"),
    /** Empty: no list, and no warning. */
    allowedSources: sourceList(v).default([]),
  });

/** The stored value's rules (the same; its refusals are read in logs). */
export const newsroomSettingsSchema = newsroomSettingsForm(validationZhCN);

export type NewsroomSettings = z.infer<typeof newsroomSettingsSchema>;

const stored = storedSetting("newsroom", newsroomSettingsSchema);

export async function readNewsroomSettings(db: PrismaClient | Prisma.TransactionClient): Promise<NewsroomSettings> {
  return stored.read(db);
}

export async function updateNewsroomSettings(ctx: ServiceContext, settings: NewsroomSettings): Promise<void> {
  if (!can(ctx.actor, "settings.manage")) throw forbidden("settingsAdminsOnly");
  await ctx.db.$transaction(async (tx) => {
    await stored.write(tx, settings);
    await audit(tx, ctx.actor, "settings.update", { details: { newsroom: settings } });
  });
}

// Sources are compared as people write them: case, spaces and the width of letters do not matter.
const sourceKey = (source: string) => source.normalize("NFKC").replace(/\s+/g, "").toLowerCase();

/** True when `source` needs a warning: there is a list and it is not on it. */
export function isSourceNotAllowed(settings: NewsroomSettings, source: string | null): boolean {
  if (!source || source.trim() === "" || settings.allowedSources.length === 0) return false;
  const key = sourceKey(source);
  return !settings.allowedSources.some((allowed) => sourceKey(allowed) === key);
}
