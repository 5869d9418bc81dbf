import { describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { startSession } from "@/lib/auth/session-store";
import { getDb } from "@/lib/db";
import { authenticate } from "@/lib/services/auth/authenticate";
import {
  changeRole,
  createUser,
  resetTwoFactor,
  resetUserPassword,
  setDisabled,
} from "@/lib/services/users/manage-users";
import { contextFor, createStaff } from "../support/factories";
import { expectServiceError } from "../support/expect-error";

const times = { idleMs: 3_600_000, maxAgeMs: 7_200_000 };

async function signedIn(userId: number, browsers: number) {
  const db = await getDb();
  for (let index = 0; index < browsers; index += 1)
    await startSession(db, userId, { ip: "192.0.2.1", userAgent: null }, times);
}

async function sessionsOf(userId: number) {
  return (await getDb()).userSession.count({ where: { userId } });
}

describe("account management", () => {
  it("an admin creates an account that can sign in, changes its role, resets its password and disables it", async () => {
    const admin = await contextFor(await createStaff("ADMIN"));
    const db = await getDb();
    const email = `reporter-${Date.now()}@masthead.test`;
    const created = await createUser(admin, { email, name: "新记者", role: "REPORTER", password: null });
    expect(created.password.length).toBeGreaterThanOrEqual(16);
    expect(await authenticate(db, email, created.password)).toMatchObject({ email, role: "REPORTER" });
    // The admin chose (or generated) it: the holder must choose their own at first sign-in.
    expect((await db.user.findUniqueOrThrow({ where: { id: created.id } })).mustChangePassword).toBe(true);

    await changeRole(admin, created.id, "EDITOR");
    expect((await db.user.findUniqueOrThrow({ where: { id: created.id } })).role).toBe("EDITOR");

    await db.user.update({ where: { id: created.id }, data: { mustChangePassword: false } });
    await signedIn(created.id, 2);
    const password = await resetUserPassword(admin, created.id);
    const after = await db.user.findUniqueOrThrow({ where: { id: created.id } });
    expect(await sessionsOf(created.id)).toBe(0);
    expect(after.mustChangePassword).toBe(true);
    expect(await verifyPassword(after.passwordHash, password)).toBe(true);
    expect(await authenticate(db, email, created.password)).toBeNull();

    await signedIn(created.id, 2);
    await setDisabled(admin, created.id, true);
    const disabled = await db.user.findUniqueOrThrow({ where: { id: created.id } });
    expect(disabled.disabledAt).not.toBeNull();
    expect(await sessionsOf(created.id)).toBe(0);
    expect(await authenticate(db, email, password)).toBeNull();

    const actions = await db.auditEntry.findMany({ where: { userId: created.id }, orderBy: { id: "asc" } });
    expect(actions.map((entry) => entry.action)).toEqual(["user.create", "user.role", "user.password", "user.disable"]);
  });

  it("an admin resets a lost two-factor sign-in: secret and recovery codes go, and so do the sessions", async () => {
    const admin = await contextFor(await createStaff("ADMIN"));
    const editor = await createStaff("EDITOR");
    const db = await getDb();
    await db.user.update({ where: { id: editor.id }, data: { totpSecret: "v1.sealed", totpLastStep: 5 } });
    await db.recoveryCode.create({ data: { userId: editor.id, codeHash: `hash-${editor.id}` } });
    await signedIn(editor.id, 2);

    await resetTwoFactor(admin, editor.id);
    const after = await db.user.findUniqueOrThrow({ where: { id: editor.id } });
    expect([after.totpSecret, after.totpLastStep]).toEqual([null, null]);
    expect(await db.recoveryCode.count({ where: { userId: editor.id } })).toBe(0);
    expect(await sessionsOf(editor.id)).toBe(0);
    await expectServiceError(resetTwoFactor(await contextFor(editor), editor.id), "forbidden");
  });

  it("refuses a duplicate email and never leaves the site without an active admin", async () => {
    const adminUser = await createStaff("ADMIN");
    const admin = await contextFor(adminUser);
    await expectServiceError(createUser(admin, { email: adminUser.email, name: "重复", role: "EDITOR" }), "validation");
    const db = await getDb();
    // Leave only this admin active, then try to remove them.
    await db.user.updateMany({ where: { role: "ADMIN", id: { not: adminUser.id } }, data: { disabledAt: new Date() } });
    await expectServiceError(setDisabled(admin, adminUser.id, true), "validation");
    await expectServiceError(changeRole(admin, adminUser.id, "EDITOR"), "validation");
    await db.user.updateMany({ where: { role: "ADMIN" }, data: { disabledAt: null } });
  });
});
