import { describe, expect, it } from "vitest";
import { formatChineseDateTime, formatLocalDateTime, parseLocalDateTime } from "@/lib/newsroom/time";

const zone = "Asia/Shanghai";

describe("newsroom times", () => {
  it.each(["2022-08-05 13:48", "2022-08-05T13:48", "2022年08月05日13:48", "2022年8月5日 13:48", "2022/08/05 13:48:00"])(
    "reads %s as Beijing time",
    (input) => {
      expect(parseLocalDateTime(input, zone)?.toISOString()).toBe("2022-08-05T05:48:00.000Z");
    },
  );

  it.each(["", "tomorrow", "2022-02-30 10:00", "2022-08-05 24:00", "2022-13-01 10:00", "2022-08-05"])(
    "rejects %j",
    (input) => {
      expect(parseLocalDateTime(input, zone)).toBeNull();
    },
  );

  it("honours another zone, including daylight saving", () => {
    expect(parseLocalDateTime("2022-08-05 13:48", "Europe/London")?.toISOString()).toBe("2022-08-05T12:48:00.000Z");
    expect(parseLocalDateTime("2022-01-05 13:48", "Europe/London")?.toISOString()).toBe("2022-01-05T13:48:00.000Z");
  });

  it("formats in the zone", () => {
    const instant = new Date("2022-08-05T05:48:00Z");
    expect(formatLocalDateTime(instant, zone)).toBe("2022-08-05 13:48");
    expect(formatChineseDateTime(instant, zone)).toBe("2022年08月05日 13:48");
  });
});
