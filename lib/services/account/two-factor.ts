// Two-factor sign-in for one's own account: enrol with a QR code and a first code, recovery codes,
// turning it off. Each change ends every other session of the account.
import { twoFactorRequiredFor } from "@/lib/auth/permissions";
import { hashRecoveryCode, newRecoveryCodes } from "@/lib/auth/recovery-codes";
import { open, seal } from "@/lib/auth/secret-box";
import { endSessions } from "@/lib/auth/session-store";
import { newTotpSecret, totpUri, verifyTotp } from "@/lib/auth/totp";
import type { Prisma } from "@/lib/generated/prisma/client";
import { audit } from "@/lib/services/audit";
import { AccountRefusal, confirmPassword, ownAccount, type AccountContext } from "@/lib/services/account/context";
import { invalid } from "@/lib/services/errors";
import { readSiteSettings } from "@/lib/services/settings/site-settings";

export interface Enrolment {
  /** Base32, for typing into the app by hand. */
  secret: string;
  /** otpauth:// URI, which the QR code carries. */
  uri: string;
}

/** The secret to enrol with, made once and kept sealed until a code confirms it; null when already on. */
export async function pendingEnrolment(ctx: AccountContext, issuer: string): Promise<Enrolment | null> {
  const user = await ownAccount(ctx);
  if (user.totpSecret) return null;
  let secret = user.totpPendingSecret ? open(ctx.secret, user.totpPendingSecret) : null;
  if (!secret) {
    secret = newTotpSecret();
    await ctx.db.user.update({ where: { id: user.id }, data: { totpPendingSecret: seal(ctx.secret, secret) } });
  }
  return { secret, uri: totpUri(secret, issuer, user.email) };
}

async function replaceRecoveryCodes(tx: Prisma.TransactionClient, userId: number): Promise<string[]> {
  const codes = newRecoveryCodes();
  await tx.recoveryCode.deleteMany({ where: { userId } });
  await tx.recoveryCode.createMany({ data: codes.map((code) => ({ userId, codeHash: hashRecoveryCode(code) })) });
  return codes;
}

/** A first code from the app turns two-factor sign-in on; returns the recovery codes, shown once. */
export async function confirmEnrolment(ctx: AccountContext, code: string): Promise<string[]> {
  const user = await ownAccount(ctx);
  if (user.totpSecret) throw invalid("twoFactorAlreadyOn");
  const secret = user.totpPendingSecret ? open(ctx.secret, user.totpPendingSecret) : null;
  const step = secret ? await verifyTotp(secret, code.replace(/\s/g, ""), { now: ctx.now?.() }) : null;
  if (step === null) throw new AccountRefusal("codeInvalid", "code");
  return ctx.db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: user.id },
      data: { totpSecret: user.totpPendingSecret, totpPendingSecret: null, totpLastStep: step },
    });
    const codes = await replaceRecoveryCodes(tx, user.id);
    await endSessions(tx, user.id, ctx.sessionId);
    await audit(tx, ctx.actor, "auth.twoFactorEnable", { userId: user.id });
    return codes;
  });
}

/** New recovery codes (the current password is required); the old ones stop working. */
export async function regenerateRecoveryCodes(ctx: AccountContext, currentPassword: string): Promise<string[]> {
  const user = await ownAccount(ctx);
  if (!user.totpSecret) throw invalid("twoFactorNotOn");
  await confirmPassword(ctx, user, currentPassword);
  return ctx.db.$transaction(async (tx) => {
    const codes = await replaceRecoveryCodes(tx, user.id);
    await audit(tx, ctx.actor, "auth.recoveryCodes", { userId: user.id });
    return codes;
  });
}

/** Turns two-factor sign-in off (the current password is required), unless the site requires it. */
export async function disableTwoFactor(ctx: AccountContext, currentPassword: string): Promise<void> {
  const user = await ownAccount(ctx);
  if (!user.totpSecret) return;
  if (twoFactorRequiredFor(user.role) && (await readSiteSettings(ctx.db)).requireTwoFactor)
    throw new AccountRefusal("required");
  await confirmPassword(ctx, user, currentPassword);
  await ctx.db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: user.id },
      data: { totpSecret: null, totpPendingSecret: null, totpLastStep: null },
    });
    await tx.recoveryCode.deleteMany({ where: { userId: user.id } });
    await endSessions(tx, user.id, ctx.sessionId);
    await audit(tx, ctx.actor, "auth.twoFactorDisable", { userId: user.id });
  });
}

export function recoveryCodesLeft(ctx: AccountContext, userId: number): Promise<number> {
  return ctx.db.recoveryCode.count({ where: { userId, usedAt: null } });
}
