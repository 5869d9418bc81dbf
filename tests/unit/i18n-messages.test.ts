import { describe, expect, it } from "vitest";
import { fill, placeholders } from "@/lib/i18n/fill";
import { en } from "@/lib/i18n/messages/en";
import { zhCN } from "@/lib/i18n/messages/zh-CN";
import { archiveLabel } from "@/lib/i18n/periods";
import { formatDateline } from "@/lib/newsroom/time";

type Shape = string | Shape[] | { [key: string]: Shape };

/** The key structure of a message tree: leaves become their kind, so the languages can be compared. */
function shape(value: unknown): Shape {
  if (typeof value === "function") return "function";
  if (typeof value === "string") return "string";
  if (Array.isArray(value)) return value.map(shape);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, shape((value as Record<string, unknown>)[key])]),
    );
  }
  return typeof value;
}

/** Every string of a message tree, by its path. */
function leaves(value: unknown, path = ""): Array<[string, string]> {
  if (typeof value === "string") return [[path, value]];
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([key, child]) => leaves(child, path ? `${path}.${key}` : key));
  }
  return [];
}

function functions(value: unknown, path = ""): string[] {
  if (typeof value === "function") return [path];
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([key, child]) => functions(child, path ? `${path}.${key}` : key));
  }
  return [];
}

describe("message files", () => {
  it("zh-CN and en have the same keys", () => {
    expect(shape(en)).toEqual(shape(zhCN));
  });

  it("hold templates, never functions: messages are plain data that can go anywhere", () => {
    expect(functions(zhCN)).toEqual([]);
    expect(functions(en)).toEqual([]);
  });

  it("give each template the same placeholders in both languages", () => {
    const english = new Map(leaves(en));
    const differing = leaves(zhCN)
      .filter(([path, text]) => placeholders(text).join() !== placeholders(english.get(path) ?? "").join())
      .map(([path]) => path);
    expect(differing).toEqual([]);
  });

  it("have no empty strings", () => {
    expect(leaves(zhCN).filter(([, text]) => text.trim() === "")).toEqual([]);
    expect(leaves(en).filter(([, text]) => text.trim() === "")).toEqual([]);
  });

  it("fill placeholders and English plurals", () => {
    expect(fill(en.admin.sections.count, { n: 1 })).toBe("1 article");
    expect(fill(en.admin.sections.count, { n: 3 })).toBe("3 articles");
    expect(fill(zhCN.admin.sections.count, { n: 3 })).toBe("3 篇");
    expect(fill("{missing} stays", {})).toBe("{missing} stays");
  });

  it("format datelines in the configured zone, in each language's style", () => {
    const instant = new Date("2022-08-05T05:48:00Z");
    expect(formatDateline(instant, "Asia/Shanghai", zhCN.dateStyle)).toBe("2022年08月05日 13:48");
    expect(formatDateline(instant, "Asia/Shanghai", en.dateStyle)).toBe("Aug 5, 2022 13:48");
    expect(formatDateline(instant, "UTC", en.dateStyle)).toBe("Aug 5, 2022 05:48");
  });

  it("name archive periods in each language", () => {
    const labels = (m: typeof zhCN) => [
      archiveLabel(m.archive, 2022),
      archiveLabel(m.archive, 2022, 8),
      archiveLabel(m.archive, 2022, 8, 5),
    ];
    expect(labels(zhCN)).toEqual(["2022年", "2022年8月", "2022年8月5日"]);
    expect(labels(en)).toEqual(["2022", "Aug 2022", "Aug 5, 2022"]);
  });
});
