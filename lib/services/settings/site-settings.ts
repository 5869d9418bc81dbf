import { z } from "zod";
import { can } from "@/lib/auth/permissions";
import { TAGS } from "@/lib/content/tags";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { CONTENT_LANGUAGE_CODES, CONTENT_LANGUAGES, DEFAULT_CONTENT_LANGUAGE } from "@/lib/i18n/content-language";
import { LANGUAGES } from "@/lib/i18n/languages";
import { BYLINE_STYLES } from "@/lib/newsroom/byline";
import { audit } from "@/lib/services/audit";
import type { ServiceContext } from "@/lib/services/context";
import { forbidden } from "@/lib/services/errors";
import { storedSetting } from "@/lib/services/settings/stored-setting";

export const siteSettingsSchema = z
  .object({
    // Unset until an admin chooses one: then the content language's usual style.
    bylineStyle: z.enum(BYLINE_STYLES).optional(),
    // The interface language of the public site and the admin; independent of the byline style.
    language: z.enum(LANGUAGES).default("zh-CN"),
    // The language readers read (lib/i18n/content-language.ts), independent of the interface's.
    contentLanguage: z.enum(CONTENT_LANGUAGES).default(DEFAULT_CONTENT_LANGUAGE),
    // Admins and editors must enrol in two-factor sign-in before they may use the admin. A form sends a
    // ticked checkbox as "on" and an unticked one not at all; the stored value is a boolean.
    requireTwoFactor: z.preprocess((value) => value === true || value === "on" || value === "true", z.boolean()),
  })
  .transform((settings) => ({
    ...settings,
    bylineStyle: settings.bylineStyle ?? CONTENT_LANGUAGE_CODES[settings.contentLanguage].bylineStyle,
  }));

export type SiteSettings = z.output<typeof siteSettingsSchema>;

const stored = storedSetting("site", siteSettingsSchema);

export async function readSiteSettings(db: PrismaClient): Promise<SiteSettings> {
  return stored.read(db);
}

export async function updateSiteSettings(ctx: ServiceContext, settings: SiteSettings): Promise<void> {
  if (!can(ctx.actor, "settings.manage")) throw forbidden("settingsAdminsOnly");
  await ctx.db.$transaction(async (tx) => {
    await stored.write(tx, settings);
    await audit(tx, ctx.actor, "settings.update", { details: settings });
  });
  ctx.onChange?.([TAGS.settings, TAGS.articleLists]);
}
