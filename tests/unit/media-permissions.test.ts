import { describe, expect, it } from "vitest";
import { SYSTEM_ACTOR } from "@/lib/auth/permissions";
import { canEditMedia, canUseMedia } from "@/lib/media/permissions";

const reporter = { id: 1, role: "REPORTER" } as const;
const editor = { id: 2, role: "EDITOR" } as const;
const admin = { id: 3, role: "ADMIN" } as const;

describe("media library rules", () => {
  it("lets every staff role upload and use images", () => {
    for (const actor of [reporter, editor, admin, SYSTEM_ACTOR]) expect(canUseMedia(actor)).toBe(true);
  });

  it("lets the uploader and editors change or delete an image, not other reporters", () => {
    expect(canEditMedia(reporter, { createdById: 1 })).toBe(true);
    expect(canEditMedia(reporter, { createdById: 9 })).toBe(false);
    expect(canEditMedia(reporter, { createdById: null })).toBe(false);
    expect(canEditMedia(editor, { createdById: 9 })).toBe(true);
    expect(canEditMedia(admin, { createdById: null })).toBe(true);
    expect(canEditMedia({ id: null, role: "REPORTER" }, { createdById: null })).toBe(false);
  });
});
