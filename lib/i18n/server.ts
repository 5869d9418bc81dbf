import "server-only";
import { getSiteSettings } from "@/lib/content/articles";
import { getDb } from "@/lib/db";
import { getMessages, type Messages } from "@/lib/i18n";
import type { Language } from "@/lib/i18n/languages";
import { readSiteSettings } from "@/lib/services/settings/site-settings";

/**
 * The interface strings in the configured language.
 *
 * Public pages (and the root layout) use the cached site settings: saving the settings revalidates
 * their tag, so a switch shows on the next request. Staff screens and server actions read the setting
 * straight from the database (`{ fresh: true }`): one small query, no dependence on Next's cache, so
 * actions behave the same when called outside a request (integration tests).
 */
export async function currentLanguage({ fresh = false }: { fresh?: boolean } = {}): Promise<Language> {
  const settings = fresh ? await readSiteSettings(await getDb()) : await getSiteSettings();
  return settings.language;
}

export async function currentMessages(options: { fresh?: boolean } = {}): Promise<Messages> {
  return getMessages(await currentLanguage(options));
}

/** What server actions say back to forms, in the configured language. */
export async function actionMessages(): Promise<Messages["actions"]> {
  return (await currentMessages({ fresh: true })).actions;
}
