// One's own password, two-factor sign-in and sessions (issue 9, §1–§3).
import { describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { hashRecoveryCode } from "@/lib/auth/recovery-codes";
import { getDb } from "@/lib/db";
import { AccountRefusal, type AccountContext } from "@/lib/services/account/context";
import { changeOwnPassword } from "@/lib/services/account/change-password";
import { endAllOwnSessions, endOwnSession, listOwnSessions } from "@/lib/services/account/sessions";
import {
  confirmEnrolment,
  disableTwoFactor,
  pendingEnrolment,
  regenerateRecoveryCodes,
} from "@/lib/services/account/two-factor";
import { updateSiteSettings } from "@/lib/services/settings/site-settings";
import { DEFAULT_ADMIN_EMAIL } from "@/lib/services/users/ensure-first-admin";
import { contextFor, createStaff } from "../support/factories";
import { accountContext, accountWithPassword, codeFor, PASSWORD, TIMES } from "../support/sign-in";

async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AccountRefusal);
  return (error as AccountRefusal).reason;
}

const sessionsLeft = async (ctx: AccountContext) =>
  (await ctx.db.userSession.findMany({ where: { userId: ctx.actor.id ?? 0 } })).map((session) => session.id);

const NEW_PASSWORD = "orange-lantern-harbour-17";

describe("changing one's own password", () => {
  it("needs the current password, keeps to the policy, ends every other session and lifts the forced change", async () => {
    const user = await accountWithPassword("REPORTER");
    const db = await getDb();
    await db.user.update({ where: { id: user.id }, data: { mustChangePassword: true } });
    const ctx = await accountContext(user, 3);
    const change = (overrides: Partial<Parameters<typeof changeOwnPassword>[1]>) =>
      changeOwnPassword(ctx, {
        currentPassword: PASSWORD,
        newPassword: NEW_PASSWORD,
        confirmPassword: NEW_PASSWORD,
        ...overrides,
      });

    expect(await refusal(change({ currentPassword: "wrong-current-password" }))).toBe("wrongPassword");
    expect(await refusal(change({ confirmPassword: "something-else-entirely" }))).toBe("mismatch");
    expect(await refusal(change({ newPassword: "short", confirmPassword: "short" }))).toBe("tooShort");
    expect(await refusal(change({ newPassword: "qwertyuiop123", confirmPassword: "qwertyuiop123" }))).toBe("common");
    expect(await sessionsLeft(ctx)).toHaveLength(3);

    await change({});
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(after.passwordHash, NEW_PASSWORD)).toBe(true);
    expect(after.mustChangePassword).toBe(false);
    expect(await sessionsLeft(ctx)).toEqual([ctx.sessionId]);
    expect(await db.auditEntry.count({ where: { userId: user.id, action: "auth.passwordChange" } })).toBe(1);
    // The wrong current password counted like a failed sign-in.
    expect(await db.auditEntry.count({ where: { userId: user.id, action: "auth.failed" } })).toBe(1);
  });

  it("throttles guesses at the current password like sign-in attempts", async () => {
    const user = await accountWithPassword("REPORTER");
    const ctx = await accountContext(user);
    for (let attempt = 0; attempt < 6; attempt += 1)
      await refusal(
        changeOwnPassword(ctx, {
          currentPassword: `guess-${attempt}`,
          newPassword: NEW_PASSWORD,
          confirmPassword: NEW_PASSWORD,
        }),
      );
    expect(
      await refusal(
        changeOwnPassword(ctx, { currentPassword: PASSWORD, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }),
      ),
    ).toBe("throttled");
  });

  it("makes the generated first admin replace the well-known default email", async () => {
    const db = await getDb();
    await db.user.deleteMany({ where: { email: DEFAULT_ADMIN_EMAIL } });
    const user = await accountWithPassword("ADMIN");
    await db.user.update({ where: { id: user.id }, data: { email: DEFAULT_ADMIN_EMAIL, mustChangePassword: true } });
    const ctx = await accountContext(user);
    const input = { currentPassword: PASSWORD, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD };
    expect(await refusal(changeOwnPassword(ctx, input))).toBe("sameEmail");
    expect(await refusal(changeOwnPassword(ctx, { ...input, email: DEFAULT_ADMIN_EMAIL }))).toBe("sameEmail");
    const other = await accountWithPassword("EDITOR");
    expect(await refusal(changeOwnPassword(ctx, { ...input, email: other.email }))).toBe("emailTaken");
    await changeOwnPassword(ctx, { ...input, email: "Chief.Editor@News.test" });
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({
      email: "chief.editor@news.test",
      mustChangePassword: false,
    });
  });
});

describe("two-factor enrolment", () => {
  it("shows one secret until a code confirms it, then hands out ten hashed recovery codes and ends other sessions", async () => {
    const user = await accountWithPassword("EDITOR");
    const ctx = await accountContext(user, 2);
    const enrolment = await pendingEnrolment(ctx, "Masthead");
    expect(enrolment?.uri).toContain(`secret=${enrolment?.secret}`);
    expect((await pendingEnrolment(ctx, "Masthead"))?.secret).toBe(enrolment?.secret);
    const stored = await ctx.db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.totpPendingSecret).not.toContain(enrolment?.secret ?? "?");

    expect(await refusal(confirmEnrolment(ctx, "000000"))).toBe("codeInvalid");
    const codes = await confirmEnrolment(ctx, await codeFor(enrolment?.secret ?? ""));
    expect(codes).toHaveLength(10);
    const rows = await ctx.db.recoveryCode.findMany({ where: { userId: user.id } });
    expect(rows.map((row) => row.codeHash).sort()).toEqual(codes.map(hashRecoveryCode).sort());
    expect(JSON.stringify(rows)).not.toContain(codes[0] ?? "?");
    expect(await sessionsLeft(ctx)).toEqual([ctx.sessionId]);
    expect(await pendingEnrolment(ctx, "Masthead")).toBeNull();

    const fresh = await regenerateRecoveryCodes(ctx, PASSWORD);
    expect(
      await ctx.db.recoveryCode.count({ where: { userId: user.id, codeHash: hashRecoveryCode(codes[0] ?? "") } }),
    ).toBe(0);
    expect(fresh).toHaveLength(10);
  });

  it("may not be turned off while the site requires it for the role, and needs the password otherwise", async () => {
    const user = await accountWithPassword("EDITOR");
    const ctx = await accountContext(user, 2);
    const enrolment = await pendingEnrolment(ctx, "Masthead");
    await confirmEnrolment(ctx, await codeFor(enrolment?.secret ?? ""));
    const admin = await contextFor(await createStaff("ADMIN"));
    await updateSiteSettings(admin, {
      bylineStyle: "zh",
      language: "zh-CN",
      contentLanguage: "zh-CN",
      requireTwoFactor: true,
    });
    try {
      expect(await refusal(disableTwoFactor(ctx, PASSWORD))).toBe("required");
    } finally {
      await updateSiteSettings(admin, {
        bylineStyle: "zh",
        language: "zh-CN",
        contentLanguage: "zh-CN",
        requireTwoFactor: false,
      });
    }
    await startAnotherSession(ctx);
    expect(await refusal(disableTwoFactor(ctx, "wrong-password-given"))).toBe("wrongPassword");
    await disableTwoFactor(ctx, PASSWORD);
    const after = await ctx.db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.totpSecret).toBeNull();
    expect(await ctx.db.recoveryCode.count({ where: { userId: user.id } })).toBe(0);
    expect(await sessionsLeft(ctx)).toEqual([ctx.sessionId]);
  });
});

async function startAnotherSession(ctx: AccountContext) {
  const { startSession } = await import("@/lib/auth/session-store");
  await startSession(ctx.db, ctx.actor.id ?? 0, { ip: "192.0.2.99", userAgent: null }, TIMES);
}

describe("one's own sessions", () => {
  it("are listed, ended one at a time (only one's own), or all at once", async () => {
    const user = await accountWithPassword("REPORTER");
    const ctx = await accountContext(user, 3);
    const listed = await listOwnSessions(ctx, TIMES.idleMs);
    expect(listed).toHaveLength(3);
    expect(listed.filter((session) => session.current).map((session) => session.id)).toEqual([ctx.sessionId]);

    const stranger = await accountContext(await accountWithPassword("ADMIN"));
    await expect(endOwnSession(ctx, stranger.sessionId)).rejects.toMatchObject({ code: "not_found" });
    expect(await sessionsLeft(stranger)).toEqual([stranger.sessionId]);

    const other = listed.find((session) => !session.current)?.id ?? 0;
    await endOwnSession(ctx, other);
    expect(await sessionsLeft(ctx)).not.toContain(other);

    expect(await endAllOwnSessions(ctx)).toBe(2);
    expect(await sessionsLeft(ctx)).toEqual([]);
  });
});
