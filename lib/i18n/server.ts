import "server-only";
import { connection } from "next/server";
import { getSiteSettings } from "@/lib/content/articles";
import { getDb } from "@/lib/db";
import { getMessages, type Messages } from "@/lib/i18n";
import { CONTENT_LANGUAGE_CODES, type ContentLanguageCodes } from "@/lib/i18n/content-language";
import type { Language } from "@/lib/i18n/languages";
import { readSiteSettings } from "@/lib/services/settings/site-settings";

/**
 * The interface strings in the configured language, for pages, layouts and their metadata.
 *
 * Public pages read the cached settings, so the language is part of what their cached render depends
 * on (saving the settings expires it). Staff screens read the setting straight from the database
 * (`{ fresh: true }`), which makes them dynamic.
 */
export async function currentMessages({ fresh = false }: { fresh?: boolean } = {}): Promise<Messages> {
  if (!fresh) return getMessages((await getSiteSettings()).language);
  await connection();
  return getMessages((await readSiteSettings(await getDb())).language);
}

/**
 * The strings for server actions. Read straight from the database, with no dependence on Next's
 * request scope, so actions behave the same when called outside a request (integration tests).
 */
export async function actionStrings(): Promise<Messages> {
  const language: Language = (await readSiteSettings(await getDb())).language;
  return getMessages(language);
}

/** What server actions say back to forms, in the configured language. */
export async function actionMessages(): Promise<Messages["actions"]> {
  return (await actionStrings()).actions;
}

/** The codes of the content language (lib/i18n/content-language.ts), cached with the site settings. */
export async function contentLanguage(): Promise<ContentLanguageCodes> {
  return CONTENT_LANGUAGE_CODES[(await getSiteSettings()).contentLanguage];
}
