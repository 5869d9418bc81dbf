// The language of what readers read (articles, feeds), a site setting of its own: a Chinese newsroom
// may run its admin in English and still publish in Chinese. It sets <html lang> on public pages,
// `inLanguage` in JSON-LD, the feeds' language and the news sitemap's. The interface language
// (lib/i18n/languages.ts) sets the words around the content.
export const CONTENT_LANGUAGES = ["zh-CN", "zh-TW", "en"] as const;

export type ContentLanguage = (typeof CONTENT_LANGUAGES)[number];

export const DEFAULT_CONTENT_LANGUAGE: ContentLanguage = "zh-CN";

export interface ContentLanguageCodes {
  /** BCP 47, for <html lang>, JSON-LD, RSS <language>, Atom xml:lang and JSON Feed. */
  tag: string;
  /** Open Graph's og:locale. */
  ogLocale: string;
  /** Google News sitemaps: ISO 639, with zh-cn and zh-tw for Chinese. */
  newsSitemap: string;
  /** The byline style a site in this language starts with. */
  bylineStyle: "zh" | "en";
}

export const CONTENT_LANGUAGE_CODES: Record<ContentLanguage, ContentLanguageCodes> = {
  "zh-CN": { tag: "zh-CN", ogLocale: "zh_CN", newsSitemap: "zh-cn", bylineStyle: "zh" },
  "zh-TW": { tag: "zh-TW", ogLocale: "zh_TW", newsSitemap: "zh-tw", bylineStyle: "zh" },
  en: { tag: "en", ogLocale: "en_US", newsSitemap: "en", bylineStyle: "en" },
};
