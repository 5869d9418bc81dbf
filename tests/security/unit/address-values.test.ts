// Issue 9 §5: values from addresses are parsed once, by one set of parsers, and anything that cannot
// name a row is refused before a query (ids past 32 bits, cursors past year 9999, slugs with NUL,
// prototype names in lookup tables).
import { describe, expect, it } from "vitest";
import { decodeCursor } from "@/lib/content/queries";
import { isDecodablePath } from "@/lib/server/bad-request";
import { fill } from "@/lib/i18n/fill";
import { idSchema, MAX_ID, parseId, parseSlug } from "@/lib/validations/ids";
import { lookup } from "@/lib/validations/lookup";
import { searchTextSchema, withoutNul } from "@/lib/validations/text";

const BAD_IDS = ["0", "-1", "01", "1.5", "1e3", "0x10", " 1", "abc", "", "2147483648", "99999999999", "9".repeat(30)];

describe("values from addresses", () => {
  it("ids are PostgreSQL integers: 1 … 2³¹−1, decimal digits only", () => {
    expect(parseId("1")).toBe(1);
    expect(parseId(String(MAX_ID))).toBe(2_147_483_647);
    for (const bad of [...BAD_IDS, undefined, null, ["1", "2"], { toString: () => "1" }])
      expect(parseId(bad)).toBeNull();
    expect(idSchema.safeParse(2_147_483_648).success).toBe(false);
    expect(idSchema.safeParse("42").data).toBe(42);
  });

  it("cursors: a time up to year 9999 and an id in range", () => {
    expect(decodeCursor("1659678480000-5")).toEqual({ publishedAt: new Date(1659678480000), id: 5 });
    for (const bad of ["1-2147483648", "1-0", "999999999999999-1", "99999999999999999-1", "-1--1", "1-1-1", "%FF", ""])
      expect(decodeCursor(bad), bad).toBeNull();
    expect(decodeCursor(["1-1", "2-2"])).toBeNull();
  });

  it("slugs: no control characters (PostgreSQL text cannot hold NUL), not empty, not overlong", () => {
    expect(parseSlug("local")).toBe("local");
    expect(parseSlug("疫情防控")).toBe("疫情防控");
    for (const bad of ["", "\u0000", "a\u0000b", "a\nb", "x".repeat(201), ["a"], 1]) expect(parseSlug(bad)).toBeNull();
  });

  it("lookup tables answer only their own entries", () => {
    const notices = { saved: "已保存" };
    expect(lookup(notices, "saved")).toBe("已保存");
    for (const key of ["constructor", "__proto__", "toString", "hasOwnProperty", ["saved"], undefined])
      expect(lookup(notices, key)).toBeUndefined();
    expect(fill("{constructor}{n}", { n: 1 })).toBe("{constructor}1");
  });
});

describe("paths", () => {
  it("that are not percent-encoded UTF-8 are refused before the router", () => {
    for (const good of ["/", "/tags/%E7%96%AB%E6%83%85", "/sections/%25/feed.xml", "/%00"])
      expect(isDecodablePath(good)).toBe(true);
    for (const bad of ["/tags/%FF", "/%E4%B8", "/a%", "/%zz", "/%C0%AF"]) expect(isDecodablePath(bad), bad).toBe(false);
  });
});

describe("text that PostgreSQL cannot hold", () => {
  it("loses its NUL characters in every string of an action's input, and nothing else", () => {
    const file = new Blob(["x"]);
    const input = { title: "标\u0000题", tags: ["a\u0000", "b"], nested: { note: "\u0000" }, count: 3, file };
    expect(withoutNul(input)).toEqual({ title: "标题", tags: ["a", "b"], nested: { note: "" }, count: 3, file });
    expect((withoutNul(input) as { file: Blob }).file).toBe(file);
  });

  it("search text: control characters become spaces, then it is trimmed and bounded", () => {
    expect(searchTextSchema(10).parse("\u0000工商\u0001")).toBe("工商");
    expect(searchTextSchema(10).safeParse("x".repeat(11)).success).toBe(false);
  });
});
