/** Interface languages. zh-CN is the default for the public site and the admin alike. */
export const LANGUAGES = ["zh-CN", "en"] as const;

export type Language = (typeof LANGUAGES)[number];

export const DEFAULT_LANGUAGE: Language = "zh-CN";
