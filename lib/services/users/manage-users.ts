// Staff accounts, managed by admins. Disabling an account, resetting its password or its two-factor
// sign-in ends its sessions at once (their rows go). A password an admin chose or generated must be
// replaced by the account holder at first sign-in.
import { randomBytes } from "node:crypto";
import { can } from "@/lib/auth/permissions";
import { hashPassword } from "@/lib/auth/password";
import { endSessions } from "@/lib/auth/session-store";
import type { Prisma, UserRole } from "@/lib/generated/prisma/client";
import { audit } from "@/lib/services/audit";
import { refuseOn } from "@/lib/services/database-errors";
import type { ServiceContext } from "@/lib/services/context";
import { forbidden, invalid, notFound } from "@/lib/services/errors";

function requireAdmin(ctx: ServiceContext) {
  if (!can(ctx.actor, "users.manage")) throw forbidden("usersAdminOnly");
}

const generatePassword = () => randomBytes(12).toString("base64url");

export interface CreatedUser {
  id: number;
  /** Shown once to the admin, who passes it on. */
  password: string;
}

export async function createUser(
  ctx: ServiceContext,
  input: { email: string; name: string; role: UserRole; password?: string | null },
): Promise<CreatedUser> {
  requireAdmin(ctx);
  const email = input.email.trim().toLowerCase();
  const password = input.password || generatePassword();
  const emailTaken = () => invalid("emailTaken", { email: ["emailTaken"] });
  return ctx.db
    .$transaction(async (tx) => {
      if (await tx.user.findUnique({ where: { email } })) throw emailTaken();
      const user = await tx.user.create({
        data: {
          email,
          name: input.name.trim(),
          role: input.role,
          passwordHash: await hashPassword(password),
          mustChangePassword: true,
        },
      });
      await audit(tx, ctx.actor, "user.create", { userId: user.id, details: { email, role: input.role } });
      return { id: user.id, password };
    })
    .catch(refuseOn({ taken: emailTaken }));
}

// The newsroom must never lock itself out.
async function assertAnotherActiveAdmin(tx: Prisma.TransactionClient, userId: number) {
  const others = await tx.user.count({ where: { role: "ADMIN", disabledAt: null, id: { not: userId } } });
  if (others === 0) throw invalid("lastAdmin");
}

export async function changeRole(ctx: ServiceContext, userId: number, role: UserRole): Promise<void> {
  requireAdmin(ctx);
  await ctx.db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId } });
    if (!user) throw notFound("account");
    if (user.role === role) return;
    if (user.role === "ADMIN") await assertAnotherActiveAdmin(tx, userId);
    await tx.user.update({ where: { id: userId }, data: { role } });
    await audit(tx, ctx.actor, "user.role", { userId, details: { from: user.role, to: role } });
  });
}

export async function setDisabled(ctx: ServiceContext, userId: number, disabled: boolean): Promise<void> {
  requireAdmin(ctx);
  await ctx.db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId } });
    if (!user) throw notFound("account");
    if (disabled && user.role === "ADMIN") await assertAnotherActiveAdmin(tx, userId);
    await tx.user.update({
      where: { id: userId },
      data: { disabledAt: disabled ? (ctx.now?.() ?? new Date()) : null },
    });
    if (disabled) await endSessions(tx, userId);
    await audit(tx, ctx.actor, disabled ? "user.disable" : "user.enable", { userId });
  });
}

/** A new generated password (shown once); the account's existing sessions end. */
export async function resetUserPassword(ctx: ServiceContext, userId: number): Promise<string> {
  requireAdmin(ctx);
  const password = generatePassword();
  await ctx.db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId } });
    if (!user) throw notFound("account");
    await tx.user.update({
      where: { id: userId },
      data: { passwordHash: await hashPassword(password), mustChangePassword: true },
    });
    await endSessions(tx, userId);
    await audit(tx, ctx.actor, "user.password", { userId });
  });
  return password;
}

/** For a lost phone: two-factor sign-in off, recovery codes void, sessions ended; the holder enrols again. */
export async function resetTwoFactor(ctx: ServiceContext, userId: number): Promise<void> {
  requireAdmin(ctx);
  await ctx.db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId } });
    if (!user) throw notFound("account");
    await tx.user.update({
      where: { id: userId },
      data: { totpSecret: null, totpPendingSecret: null, totpLastStep: null },
    });
    await tx.recoveryCode.deleteMany({ where: { userId } });
    await endSessions(tx, userId);
    await audit(tx, ctx.actor, "user.twoFactorReset", { userId });
  });
}
