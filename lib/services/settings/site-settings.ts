import { z } from "zod";
import { can } from "@/lib/auth/permissions";
import { TAGS } from "@/lib/content/tags";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { LANGUAGES } from "@/lib/i18n/languages";
import { BYLINE_STYLES } from "@/lib/newsroom/byline";
import { audit } from "@/lib/services/audit";
import type { ServiceContext } from "@/lib/services/context";
import { forbidden } from "@/lib/services/errors";
import { storedSetting } from "@/lib/services/settings/stored-setting";

export const siteSettingsSchema = z.object({
  bylineStyle: z.enum(BYLINE_STYLES).default("zh"),
  // The interface language of the public site and the admin; independent of the byline style.
  language: z.enum(LANGUAGES).default("zh-CN"),
  // Admins and editors must enrol in two-factor sign-in before they may use the admin. A form sends a
  // ticked checkbox as "on" and an unticked one not at all; the stored value is a boolean.
  requireTwoFactor: z.preprocess((value) => value === true || value === "on" || value === "true", z.boolean()),
});

export type SiteSettings = z.infer<typeof siteSettingsSchema>;

const stored = storedSetting("site", siteSettingsSchema);

export async function readSiteSettings(db: PrismaClient): Promise<SiteSettings> {
  return stored.read(db);
}

export async function updateSiteSettings(ctx: ServiceContext, settings: SiteSettings): Promise<void> {
  if (!can(ctx.actor, "settings.manage")) throw forbidden("只有管理员可以修改网站设置");
  await ctx.db.$transaction(async (tx) => {
    await stored.write(tx, settings);
    await audit(tx, ctx.actor, "settings.update", { details: settings });
  });
  ctx.onChange?.([TAGS.settings, TAGS.articleLists]);
}
