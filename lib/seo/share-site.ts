import "server-only";
import { env } from "@/lib/env";
import { contentLanguage } from "@/lib/i18n/server";
import type { ShareSite } from "@/lib/seo/page-metadata";

/** The site as share cards name it: its address and name, content language and X/Twitter account. */
export async function shareSite(): Promise<ShareSite> {
  const content = await contentLanguage();
  return { url: env.siteUrl, name: env.siteName, ogLocale: content.ogLocale, twitterSite: env.twitterSite };
}
