import { DEFAULT_LANGUAGE, type Language } from "@/lib/i18n/languages";
import { en } from "@/lib/i18n/messages/en";
import { zhCN, type Messages } from "@/lib/i18n/messages/zh-CN";

const CATALOGUE: Record<Language, Messages> = { "zh-CN": zhCN, en };

/** The UI strings for `language`; zh-CN when none is given. */
export function getMessages(language: Language = DEFAULT_LANGUAGE): Messages {
  return CATALOGUE[language];
}

export type { Messages, Language };
