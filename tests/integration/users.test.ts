import { describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { getDb } from "@/lib/db";
import { authenticate } from "@/lib/services/auth/authenticate";
import { changeRole, createUser, resetUserPassword, setDisabled } from "@/lib/services/users/manage-users";
import { contextFor, createStaff } from "../support/factories";
import { expectServiceError } from "../support/expect-error";

describe("account management", () => {
  it("an admin creates an account that can sign in, changes its role, resets its password and disables it", async () => {
    const admin = await contextFor(await createStaff("ADMIN"));
    const db = await getDb();
    const email = `reporter-${Date.now()}@masthead.test`;
    const created = await createUser(admin, { email, name: "新记者", role: "REPORTER", password: null });
    expect(created.password.length).toBeGreaterThanOrEqual(16);
    expect(await authenticate(db, email, created.password)).toMatchObject({ email, role: "REPORTER" });

    await changeRole(admin, created.id, "EDITOR");
    expect((await db.user.findUniqueOrThrow({ where: { id: created.id } })).role).toBe("EDITOR");

    const before = await db.user.findUniqueOrThrow({ where: { id: created.id } });
    const password = await resetUserPassword(admin, created.id);
    const after = await db.user.findUniqueOrThrow({ where: { id: created.id } });
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    expect(await verifyPassword(after.passwordHash, password)).toBe(true);
    expect(await authenticate(db, email, created.password)).toBeNull();

    await setDisabled(admin, created.id, true);
    const disabled = await db.user.findUniqueOrThrow({ where: { id: created.id } });
    expect(disabled.disabledAt).not.toBeNull();
    expect(disabled.sessionVersion).toBe(after.sessionVersion + 1);
    expect(await authenticate(db, email, password)).toBeNull();

    const actions = await db.auditEntry.findMany({ where: { userId: created.id }, orderBy: { id: "asc" } });
    expect(actions.map((entry) => entry.action)).toEqual(["user.create", "user.role", "user.password", "user.disable"]);
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
