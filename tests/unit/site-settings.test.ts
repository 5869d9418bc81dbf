import { describe, expect, it } from "vitest";
import { siteSettingsSchema } from "@/lib/services/settings/site-settings";

describe("site settings", () => {
  it("keep the content language apart from the interface language, zh-CN unless chosen", () => {
    expect(siteSettingsSchema.parse({})).toMatchObject({
      language: "zh-CN",
      contentLanguage: "zh-CN",
      bylineStyle: "zh",
    });
    expect(siteSettingsSchema.parse({ language: "en" })).toMatchObject({ language: "en", contentLanguage: "zh-CN" });
  });

  it("start the byline style from the content language until an admin chooses one", () => {
    expect(siteSettingsSchema.parse({ contentLanguage: "en" }).bylineStyle).toBe("en");
    expect(siteSettingsSchema.parse({ contentLanguage: "en", bylineStyle: "zh" }).bylineStyle).toBe("zh");
  });

  it("refuse a content language Masthead does not know", () => {
    expect(siteSettingsSchema.safeParse({ contentLanguage: "fr" }).success).toBe(false);
  });
});
