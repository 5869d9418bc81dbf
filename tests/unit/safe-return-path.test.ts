// The open redirect of issue 9: `/login?callbackUrl=/%09/evil.example` for a signed-in user answered
// `Location: /\t/evil.example`, which browsers follow to evil.example.
import { describe, expect, it } from "vitest";
import { safeReturnPath } from "@/lib/auth/redirect";

const KEPT: Array<[string, string]> = [
  ["/admin", "/admin"],
  ["/admin/articles/12", "/admin/articles/12"],
  ["/admin/articles?status=DRAFT&page=2", "/admin/articles?status=DRAFT&page=2"],
  ["/admin/articles/new#body", "/admin/articles/new#body"],
  ["/account/sessions", "/account/sessions"],
  ["/tags/%E4%B8%AD%E6%96%87", "/tags/%E4%B8%AD%E6%96%87"],
  ["/tags/中文", "/tags/%E4%B8%AD%E6%96%87"],
  ["/admin/./articles", "/admin/articles"],
];

const REFUSED: string[] = [
  "//evil.example",
  "///evil.example",
  "/\\evil.example",
  "\\\\evil.example",
  "\\/evil.example",
  "/\t/evil.example",
  "/\t\t/evil.example",
  "/\n/evil.example",
  "/\r\n/evil.example",
  "/\u0000/evil.example",
  "/\u000b/evil.example",
  "/\u007f/evil.example",
  "/\u0085/evil.example",
  "/\u2028/evil.example",
  " /admin",
  "/ /evil.example",
  "/%09/evil.example",
  "/%0a/evil.example",
  "/%0D%0A/evil.example",
  "/%00/evil.example",
  "/%20/evil.example",
  "/%2F/evil.example",
  "/%2f%2fevil.example",
  "/%5C/evil.example",
  "/%5cevil.example",
  "/%C2%85/evil.example",
  "/%E2%80%A8/evil.example",
  "/admin/../..//evil.example",
  "/./evil.example/..//evil.example",
  "https://evil.example",
  "http:/evil.example",
  "http:evil.example",
  "javascript:alert(1)",
  "data:text/html,hi",
  "evil.example",
  "admin",
  "",
  `/${"a".repeat(3000)}`,
];

describe("safeReturnPath", () => {
  it.each(KEPT)("keeps the same-site path %j as %j", (given, expected) => {
    expect(safeReturnPath(given)).toBe(expected);
  });

  it.each(REFUSED)("sends %j to the fallback", (given) => {
    expect(safeReturnPath(given)).toBe("/admin");
  });

  it.each([undefined, null, 42, ["/admin"], { href: "/admin" }])("refuses the non-string %j", (given) => {
    expect(safeReturnPath(given, "/fallback")).toBe("/fallback");
  });
});
