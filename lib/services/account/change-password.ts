import { hashPassword } from "@/lib/auth/password";
import { passwordProblem } from "@/lib/auth/password-policy";
import { endSessions } from "@/lib/auth/session-store";
import { audit } from "@/lib/services/audit";
import { AccountRefusal, confirmPassword, ownAccount, type AccountContext } from "@/lib/services/account/context";
import { DEFAULT_ADMIN_EMAIL } from "@/lib/services/users/ensure-first-admin";

export interface PasswordChange {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
  /** Required of the generated first admin, whose email is the well-known default. */
  email?: string;
}

/** Whether this account must also choose its own email when it changes its password. */
export const mustChooseEmail = (email: string) => email === DEFAULT_ADMIN_EMAIL;

/**
 * The holder sets their own password (the current one is required). Every other session of the
 * account ends; this one goes on, and the account no longer has to change its password.
 */
export async function changeOwnPassword(ctx: AccountContext, input: PasswordChange): Promise<void> {
  const user = await ownAccount(ctx);
  await confirmPassword(ctx, user, input.currentPassword);
  const email = mustChooseEmail(user.email) ? input.email?.trim().toLowerCase() : user.email;
  if (!email || email === DEFAULT_ADMIN_EMAIL) throw new AccountRefusal("sameEmail", "email");
  if (input.newPassword !== input.confirmPassword) throw new AccountRefusal("mismatch", "confirmPassword");
  const problem = passwordProblem(input.newPassword, { email });
  if (problem) throw new AccountRefusal(problem, "newPassword");
  const passwordHash = await hashPassword(input.newPassword);
  await ctx.db.$transaction(async (tx) => {
    if (email !== user.email && (await tx.user.findUnique({ where: { email } })))
      throw new AccountRefusal("emailTaken", "email");
    await tx.user.update({ where: { id: user.id }, data: { email, passwordHash, mustChangePassword: false } });
    await endSessions(tx, user.id, ctx.sessionId);
    await audit(tx, ctx.actor, "auth.passwordChange", {
      userId: user.id,
      details: email === user.email ? {} : { email: { from: user.email, to: email } },
    });
  });
}
