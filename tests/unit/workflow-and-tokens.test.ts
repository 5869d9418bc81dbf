import { describe, expect, it } from "vitest";
import { createPreviewToken, verifyPreviewToken } from "@/lib/auth/preview-token";
import { allowedActions, nextStatus } from "@/lib/newsroom/workflow";

describe("workflow transitions", () => {
  it("follows draft → in review → scheduled / published → unpublished; archived", () => {
    expect(nextStatus("DRAFT", "submit")).toBe("IN_REVIEW");
    expect(nextStatus("IN_REVIEW", "schedule")).toBe("SCHEDULED");
    expect(nextStatus("SCHEDULED", "publish")).toBe("PUBLISHED");
    expect(nextStatus("PUBLISHED", "unpublish")).toBe("UNPUBLISHED");
    expect(nextStatus("UNPUBLISHED", "archive")).toBe("ARCHIVED");
    expect(nextStatus("IN_REVIEW", "sendBack")).toBe("DRAFT");
  });

  it("refuses moves that make no sense", () => {
    expect(nextStatus("PUBLISHED", "submit")).toBeNull();
    expect(nextStatus("DRAFT", "unpublish")).toBeNull();
    expect(nextStatus("ARCHIVED", "publish")).toBeNull();
    expect(allowedActions("ARCHIVED")).toEqual(["unarchive"]);
  });
});

describe("preview links", () => {
  const secret = "s".repeat(40);
  const now = new Date("2026-01-01T00:00:00Z");
  const later = new Date("2026-01-02T00:00:00Z");

  it("grants the article it was made for until it expires", () => {
    const token = createPreviewToken(secret, { articleId: 42, generation: 3 }, later);
    expect(verifyPreviewToken(secret, token, now)).toEqual({ articleId: 42, generation: 3 });
    expect(verifyPreviewToken(secret, token, new Date("2026-01-03T00:00:00Z"))).toBeNull();
  });

  it("rejects tampered, foreign and malformed tokens", () => {
    const token = createPreviewToken(secret, { articleId: 42, generation: 3 }, later);
    expect(verifyPreviewToken(secret, token.replace(/^42\./, "43."), now)).toBeNull();
    // The generation is signed: a revoked link cannot be brought back by editing it.
    expect(verifyPreviewToken(secret, token.replace(/^42\.3\./, "42.4."), now)).toBeNull();
    expect(verifyPreviewToken("x".repeat(40), token, now)).toBeNull();
    expect(verifyPreviewToken(secret, "42.999999999999.abc", now)).toBeNull();
    expect(verifyPreviewToken(secret, "", now)).toBeNull();
  });
});
