// Sign-in as the service sees it, for both entry points (they share it through Auth.js's authorize):
// the same answer and the same work for an unknown email and a wrong password, throttling before any
// argon2, two-factor codes and recovery codes once each, and the audit log.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db";
import { CHALLENGE_ATTEMPTS, signInWithChallenge, signInWithPassword } from "@/lib/services/auth/sign-in";
import { hashRecoveryCode } from "@/lib/auth/recovery-codes";
import { SignInThrottle } from "@/lib/auth/throttle/sign-in-throttle";
import { accountWithPassword, codeFor, PASSWORD, signInContext, withTwoFactor } from "../support/sign-in";

const argon = vi.hoisted(() => ({ verifications: 0 }));
vi.mock("@node-rs/argon2", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@node-rs/argon2")>();
  return {
    ...actual,
    verify: (...args: Parameters<typeof actual.verify>) => {
      argon.verifications += 1;
      return actual.verify(...args);
    },
  };
});

beforeEach(() => {
  argon.verifications = 0;
});

async function auditOf(action: string, email: string) {
  const entries = await (await getDb()).auditEntry.findMany({ where: { action }, orderBy: { id: "asc" } });
  return entries.filter((entry) => JSON.stringify(entry.details).includes(email));
}

describe("signing in with a password", () => {
  it("answers an unknown email exactly like a wrong password, after one argon2 verification each", async () => {
    const user = await accountWithPassword();
    const ctx = await signInContext();

    const unknown = await signInWithPassword(ctx, { email: "nobody@signin.test", password: PASSWORD });
    expect(argon.verifications).toBe(1);
    const wrong = await signInWithPassword(ctx, { email: user.email, password: "not-the-password-at-all" });
    expect(argon.verifications).toBe(2);
    expect(unknown).toEqual({ ok: false, reason: "invalid" });
    expect(wrong).toEqual(unknown);

    const right = await signInWithPassword(ctx, { email: user.email.toUpperCase(), password: PASSWORD });
    expect(argon.verifications).toBe(3);
    expect(right).toMatchObject({ ok: true, user: { id: user.id } });
  });

  it("answers a disabled account like a wrong password", async () => {
    const user = await accountWithPassword();
    await (await getDb()).user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect(await signInWithPassword(await signInContext(), { email: user.email, password: PASSWORD })).toEqual({
      ok: false,
      reason: "invalid",
    });
  });

  it("refuses a throttled attempt before any argon2 work, even with the right password, and audits the block", async () => {
    const user = await accountWithPassword();
    const ctx = await signInContext("198.51.100.77");
    for (let attempt = 1; attempt <= 6; attempt += 1)
      expect(await signInWithPassword(ctx, { email: user.email, password: `guess-number-${attempt}` })).toEqual({
        ok: false,
        reason: "invalid",
      });
    expect(argon.verifications).toBe(6);

    const throttled = await signInWithPassword(ctx, { email: user.email, password: PASSWORD });
    expect(throttled).toEqual({ ok: false, reason: "throttled", retryAfterSeconds: 30 });
    expect(argon.verifications).toBe(6);
    // Unknown emails are throttled alike, so the answer tells nothing about who has an account.
    for (let attempt = 1; attempt <= 6; attempt += 1)
      await signInWithPassword(ctx, { email: "ghost@signin.test", password: `guess-${attempt}` });
    expect(await signInWithPassword(ctx, { email: "ghost@signin.test", password: "x" })).toMatchObject({
      reason: "throttled",
    });

    // From another address the editor still gets in.
    expect(
      await signInWithPassword(
        { ...ctx, device: { ip: "203.0.113.5", userAgent: null } },
        { email: user.email, password: PASSWORD },
      ),
    ).toMatchObject({ ok: true });

    expect(await auditOf("auth.failed", user.email)).toHaveLength(6);
    const [block] = await auditOf("auth.throttled", user.email);
    expect(block?.details).toMatchObject({ scope: "addressAccount", seconds: 30, ip: "198.51.100.77" });
    expect(await auditOf("auth.signIn", "203.0.113.5")).toHaveLength(1);
  });

  it("opens a session row for each sign-in, and a success clears the address's back-off", async () => {
    const user = await accountWithPassword();
    const throttle = new SignInThrottle({ kind: "memory" });
    const ctx = await signInContext("198.51.100.78", throttle);
    for (let attempt = 1; attempt <= 5; attempt += 1)
      await signInWithPassword(ctx, { email: user.email, password: `guess-${attempt}` });
    const outcome = await signInWithPassword(ctx, { email: user.email, password: PASSWORD });
    expect(outcome.ok).toBe(true);
    expect(await throttle.recordFailure("198.51.100.78", user.email)).toEqual([]);
    const sessions = await (await getDb()).userSession.findMany({ where: { userId: user.id } });
    expect(sessions).toHaveLength(1);
    expect(sessions[0]).toMatchObject({ ip: "198.51.100.78", userAgent: "vitest" });
    // Only the token's hash is stored.
    expect(sessions[0]?.tokenHash).not.toBe(outcome.ok ? outcome.sessionToken : "");
  });
});

describe("signing in with two-factor", () => {
  it("asks for a code after the password; a wrong code is a counted failure; the right one works once", async () => {
    const user = await accountWithPassword();
    const secret = await withTwoFactor(user.id);
    const ctx = await signInContext();

    const first = await signInWithPassword(ctx, { email: user.email, password: PASSWORD });
    expect(first).toMatchObject({ ok: false, reason: "codeRequired" });
    const challenge = first.ok || first.reason !== "codeRequired" ? "" : first.challenge;
    expect(await (await getDb()).userSession.count({ where: { userId: user.id } })).toBe(0);

    expect(await signInWithChallenge(ctx, { challenge, code: "000000" })).toEqual({ ok: false, reason: "codeInvalid" });
    expect(await auditOf("auth.failed", user.email)).toHaveLength(1);

    const code = await codeFor(secret);
    expect(await signInWithChallenge(ctx, { challenge, code })).toMatchObject({ ok: true });
    // The challenge is spent, and the code cannot sign in a second time (a replay) by any way in.
    expect(await signInWithChallenge(ctx, { challenge, code })).toEqual({ ok: false, reason: "challengeExpired" });
    expect(await signInWithPassword(ctx, { email: user.email, password: PASSWORD, code })).toEqual({
      ok: false,
      reason: "codeInvalid",
    });
  });

  it("takes the password and the code in one request as well (the Auth.js route)", async () => {
    const user = await accountWithPassword();
    const secret = await withTwoFactor(user.id);
    const ctx = await signInContext();
    expect(
      await signInWithPassword(ctx, { email: user.email, password: PASSWORD, code: await codeFor(secret) }),
    ).toMatchObject({ ok: true });
    // A right code never rescues a wrong password.
    expect(
      await signInWithPassword(ctx, { email: user.email, password: "wrong-password-here", code: "123456" }),
    ).toEqual({ ok: false, reason: "invalid" });
  });

  it("lets a recovery code sign in once, and notes how many are left", async () => {
    const user = await accountWithPassword();
    await withTwoFactor(user.id);
    const db = await getDb();
    await db.recoveryCode.createMany({
      data: ["aaaa-bbbb-cccc-dddd", "eeee-ffff-gggg-hhhh"].map((code) => ({
        userId: user.id,
        codeHash: hashRecoveryCode(code),
      })),
    });
    const ctx = await signInContext();
    const use = async () => {
      const first = await signInWithPassword(ctx, { email: user.email, password: PASSWORD });
      const challenge = first.ok || first.reason !== "codeRequired" ? "" : first.challenge;
      return signInWithChallenge(ctx, { challenge, code: "AAAA BBBB CCCC DDDD" });
    };
    expect(await use()).toMatchObject({ ok: true });
    expect(await use()).toEqual({ ok: false, reason: "codeInvalid" });
    const used = await db.auditEntry.findFirst({ where: { action: "auth.recoveryCodeUsed", userId: user.id } });
    expect(used?.details).toEqual({ left: 1 });
  });

  it("spends a challenge after a few wrong codes", async () => {
    const user = await accountWithPassword();
    const secret = await withTwoFactor(user.id);
    const ctx = await signInContext();
    const first = await signInWithPassword(ctx, { email: user.email, password: PASSWORD });
    const challenge = first.ok || first.reason !== "codeRequired" ? "" : first.challenge;
    for (let attempt = 0; attempt < CHALLENGE_ATTEMPTS; attempt += 1)
      await signInWithChallenge(ctx, { challenge, code: "999999" });
    expect(await signInWithChallenge(ctx, { challenge, code: await codeFor(secret) })).toEqual({
      ok: false,
      reason: "challengeExpired",
    });
  });
});
