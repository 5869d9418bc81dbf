import { describe, expect, it } from "vitest";
import { checkTakedownTime } from "@/lib/services/articles/takedown-time";
import { ServiceError } from "@/lib/services/errors";
import { isSourceNotAllowed, newsroomSettingsSchema } from "@/lib/services/settings/newsroom-settings";

describe("the list of allowed sources", () => {
  it("is read from a textarea, one a line, without blanks or repeats", () => {
    const parsed = newsroomSettingsSchema.parse({ allowedSources: " 新华社 \r\n\r\n中华工商时报\n新华社\n" });
    expect(parsed).toEqual({ takedownMode: "UNPUBLISHED", allowedSources: ["新华社", "中华工商时报"] });
  });

  it("refuses a source that is too long, with a message", () => {
    const result = newsroomSettingsSchema.safeParse({ allowedSources: "长".repeat(101) });
    expect(result.error?.issues[0]?.message).toBe("每个来源不能超过 100 个字");
  });

  it("warns about a source off the list, ignoring spaces, case and width; no list, no warning", () => {
    const settings = newsroomSettingsSchema.parse({ allowedSources: "新华社\nReuters" });
    expect(isSourceNotAllowed(settings, "某某晚报")).toBe(true);
    expect(isSourceNotAllowed(settings, " 新华 社")).toBe(false);
    expect(isSourceNotAllowed(settings, "REUTERS")).toBe(false);
    expect(isSourceNotAllowed(settings, "Ｒｅｕｔｅｒｓ")).toBe(false);
    expect(isSourceNotAllowed(settings, null)).toBe(false);
    expect(isSourceNotAllowed(newsroomSettingsSchema.parse({}), "某某晚报")).toBe(false);
  });
});

describe("take-down times", () => {
  const now = new Date("2030-01-01T00:00:00Z");
  const later = (ms: number) => new Date(now.getTime() + ms);

  it("must come after publication, or after the scheduled time", () => {
    expect(() => checkTakedownTime({ takedownAt: later(1000) }, { action: "publish" }, now)).not.toThrow();
    expect(() => checkTakedownTime({ takedownAt: null }, { action: "publish" }, now)).not.toThrow();
    expect(() => checkTakedownTime({ takedownAt: now }, { action: "publish" }, now)).toThrow(ServiceError);
    expect(() => checkTakedownTime({ takedownAt: later(1000) }, { action: "schedule", at: later(2000) }, now)).toThrow(
      "定时下线的时间必须晚于发布时间",
    );
  });
});
