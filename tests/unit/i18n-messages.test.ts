import { describe, expect, it } from "vitest";
import { en } from "@/lib/i18n/messages/en";
import { zhCN } from "@/lib/i18n/messages/zh-CN";

type Shape = string | Shape[] | { [key: string]: Shape };

/** The key structure of a message tree: leaves become their kind, so the languages can be compared. */
function shape(value: unknown): Shape {
  if (typeof value === "function") return `function/${value.length}`;
  if (typeof value === "string") return "string";
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, shape((value as Record<string, unknown>)[key])]),
    );
  }
  return typeof value;
}

function emptyStrings(value: unknown, path = ""): string[] {
  if (typeof value === "string") return value.trim() === "" ? [path] : [];
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([key, child]) => emptyStrings(child, path ? `${path}.${key}` : key));
  }
  return [];
}

describe("message files", () => {
  it("zh-CN and en have the same keys, with functions of the same arity", () => {
    expect(shape(en)).toEqual(shape(zhCN));
  });

  it("have no empty strings", () => {
    expect(emptyStrings(zhCN)).toEqual([]);
    expect(emptyStrings(en)).toEqual([]);
  });

  it("format datelines in the configured zone, in each language's style", () => {
    const instant = new Date("2022-08-05T05:48:00Z");
    expect(zhCN.dates.dateline(instant, "Asia/Shanghai")).toBe("2022年08月05日 13:48");
    expect(en.dates.dateline(instant, "Asia/Shanghai")).toBe("Aug 5, 2022 13:48");
    expect(en.dates.dateline(instant, "UTC")).toBe("Aug 5, 2022 05:48");
  });

  it("name archive periods in each language", () => {
    expect([zhCN.archive.label(2022), zhCN.archive.label(2022, 8), zhCN.archive.label(2022, 8, 5)]).toEqual([
      "2022年",
      "2022年8月",
      "2022年8月5日",
    ]);
    expect([en.archive.label(2022), en.archive.label(2022, 8), en.archive.label(2022, 8, 5)]).toEqual([
      "2022",
      "Aug 2022",
      "Aug 5, 2022",
    ]);
  });
});
