import "server-only";
import { getSiteSettings } from "@/lib/content/articles";
import { getMessages, type Messages } from "@/lib/i18n";
import type { Language } from "@/lib/i18n/languages";

// One cached read serves the public site, the admin and server actions alike: saving the settings
// revalidates its tag, so a language switch shows on the next request everywhere.
export async function currentLanguage(): Promise<Language> {
  return (await getSiteSettings()).language;
}

export async function currentMessages(): Promise<Messages> {
  return getMessages(await currentLanguage());
}
