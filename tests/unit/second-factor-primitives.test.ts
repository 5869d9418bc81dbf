import { generate } from "otplib";
import { describe, expect, it } from "vitest";
import {
  hashRecoveryCode,
  looksLikeRecoveryCode,
  newRecoveryCodes,
  normalizeRecoveryCode,
} from "@/lib/auth/recovery-codes";
import { open, seal } from "@/lib/auth/secret-box";
import { newTotpSecret, totpUri, verifyTotp } from "@/lib/auth/totp";

const NOW = new Date("2026-12-01T08:00:10Z");
const epoch = (date: Date) => Math.floor(date.getTime() / 1000);

describe("TOTP (RFC 6238)", () => {
  it("accepts the app's current code once, and the neighbouring steps for clock drift", async () => {
    const secret = newTotpSecret();
    const code = await generate({ secret, epoch: epoch(NOW) });
    const step = await verifyTotp(secret, code, { now: NOW });
    expect(step).toBe(Math.floor(epoch(NOW) / 30));
    // Replay: the same code once its step has been used.
    expect(await verifyTotp(secret, code, { now: NOW, afterStep: step })).toBeNull();
    const previous = await generate({ secret, epoch: epoch(NOW) - 30 });
    expect(await verifyTotp(secret, previous, { now: NOW })).not.toBeNull();
    const old = await generate({ secret, epoch: epoch(NOW) - 120 });
    expect(await verifyTotp(secret, old, { now: NOW })).toBeNull();
    expect(await verifyTotp(secret, "12345", { now: NOW })).toBeNull();
  });

  it("builds the otpauth URI the QR code carries", () => {
    expect(totpUri("JBSWY3DPEHPK3PXP", "Masthead", "chen@news.test")).toMatch(
      /^otpauth:\/\/totp\/Masthead:chen%40news\.test\?.*secret=JBSWY3DPEHPK3PXP/,
    );
  });
});

describe("recovery codes", () => {
  it("are ten distinct 80-bit codes, matched however they are typed", () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[0-9a-z]{4}(-[0-9a-z]{4}){3}$/);
    const [code = ""] = codes;
    expect(looksLikeRecoveryCode(` ${code.toUpperCase().replaceAll("-", " ")} `)).toBe(true);
    expect(hashRecoveryCode(code.toUpperCase())).toBe(hashRecoveryCode(normalizeRecoveryCode(code)));
    expect(hashRecoveryCode(code)).not.toContain(normalizeRecoveryCode(code));
  });
});

describe("secret box", () => {
  it("opens with its own key only", () => {
    const sealed = seal("key-one-key-one-key-one-key-one-1", "JBSWY3DPEHPK3PXP");
    expect(sealed).not.toContain("JBSWY3DPEHPK3PXP");
    expect(open("key-one-key-one-key-one-key-one-1", sealed)).toBe("JBSWY3DPEHPK3PXP");
    expect(open("key-two-key-two-key-two-key-two-2", sealed)).toBeNull();
    expect(open("key-one-key-one-key-one-key-one-1", "v1.garbage")).toBeNull();
  });
});
