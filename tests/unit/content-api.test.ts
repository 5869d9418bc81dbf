// The content API's pure parts: keys, cursors, parameters and times.
import { describe, expect, it } from "vitest";
import { decodePosition, encodePosition, listDigest } from "@/lib/api/cursor";
import { hashApiKey, looksLikeKey, newKeySecret } from "@/lib/api/keys";
import { MAX_LIMIT, parseDateTime, parseLimit, readQuery } from "@/lib/api/params";
import { ApiProblem } from "@/lib/api/problem";
import { isoWithOffset } from "@/lib/newsroom/time";
import { getMessages } from "@/lib/i18n";

const m = getMessages("en").api.problems;

function refusal(run: () => unknown): ApiProblem {
  try {
    run();
  } catch (error) {
    if (error instanceof ApiProblem) return error;
    throw error;
  }
  throw new Error("expected a refusal");
}

describe("API keys", () => {
  it("are mh_live_ and 256 random bits, told apart by a short prefix, stored as SHA-256", () => {
    const a = newKeySecret();
    const b = newKeySecret();
    expect(a.secret).not.toBe(b.secret);
    expect(looksLikeKey(a.secret)).toBe(true);
    expect(a.prefix).toBe(a.secret.slice(0, 14));
    expect(a.hash).toBe(hashApiKey(a.secret));
    expect(a.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(looksLikeKey(`${a.secret}x`)).toBe(false);
    expect(looksLikeKey("mh_test_abc")).toBe(false);
  });
});

describe("cursors", () => {
  it("name a position of their own list only", () => {
    const digest = listDigest("articles", { sectionId: 1 });
    const cursor = encodePosition({ l: digest, t: 1_659_678_480_000, i: 5 });
    expect(decodePosition(cursor, digest)).toEqual({ l: digest, t: 1_659_678_480_000, i: 5 });
    expect(decodePosition(cursor, listDigest("articles", {}))).toBeNull();
    for (const bad of ["", "%%%", "x".repeat(201), encodePosition({ l: digest, i: 0 }), "bnVsbA"]) {
      expect(decodePosition(bad, digest), bad).toBeNull();
    }
  });
});

describe("parameters", () => {
  it("limit: 1 to the maximum, whole numbers only", () => {
    expect(parseLimit(undefined, m)).toBe(20);
    expect(parseLimit(String(MAX_LIMIT), m)).toBe(MAX_LIMIT);
    for (const bad of ["0", String(MAX_LIMIT + 1), "-1", "1.5", "1e1", "", " 5", "abc"]) {
      expect(refusal(() => parseLimit(bad, m)).extra.invalidParams?.[0]?.name, bad).toBe("limit");
    }
  });

  it("dates: RFC 3339 with an offset, real calendar days", () => {
    expect(parseDateTime("updatedSince", "2022-08-05T13:48:00+08:00", m).toISOString()).toBe(
      "2022-08-05T05:48:00.000Z",
    );
    expect(parseDateTime("updatedSince", "2024-02-29T00:00:00Z", m).toISOString()).toBe("2024-02-29T00:00:00.000Z");
    for (const bad of [
      "2022-08-05",
      "2022-08-05T13:48:00",
      "2023-02-29T00:00:00Z",
      "2022-13-01T00:00:00Z",
      "2022-08-05T24:00:00Z",
      "now",
    ]) {
      expect(refusal(() => parseDateTime("updatedSince", bad, m)).status, bad).toBe(400);
    }
  });

  it("refuses unknown and repeated parameters by name", () => {
    const problem = refusal(() => readQuery(new URL("http://x/?limit=1&limit=2&color=red"), ["limit"], m));
    expect(problem.extra.invalidParams?.map((param) => param.name)).toEqual(["limit", "color"]);
  });
});

describe("times", () => {
  it("carry the site's offset", () => {
    expect(isoWithOffset("2022-08-05T05:48:00.000Z", "Asia/Shanghai")).toBe("2022-08-05T13:48:00+08:00");
    expect(isoWithOffset("2022-08-05T05:48:00.000Z", "UTC")).toBe("2022-08-05T05:48:00+00:00");
  });
});
