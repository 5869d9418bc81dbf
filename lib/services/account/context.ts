// What the own-account services need beyond a ServiceContext: which session is asking (so that a
// change can end every other one), and the throttle, because checking the current password is a
// password guess like any sign-in.
import { can } from "@/lib/auth/permissions";
import { verifyPassword } from "@/lib/auth/password";
import type { SignInThrottle } from "@/lib/auth/throttle/sign-in-throttle";
import type { User } from "@/lib/generated/prisma/client";
import { audit } from "@/lib/services/audit";
import type { ServiceContext } from "@/lib/services/context";
import { ServiceError } from "@/lib/services/errors";

export interface AccountContext extends ServiceContext {
  actor: { id: number | null; role: User["role"] };
  sessionId: number;
  guard: { throttle: SignInThrottle; address: string };
  /** AUTH_SECRET, which seals TOTP secrets. */
  secret: string;
}

export type AccountRefusalReason =
  | "throttled"
  | "wrongPassword"
  | "mismatch"
  | "tooShort"
  | "tooLong"
  | "common"
  | "personal"
  | "sameEmail"
  | "emailTaken"
  | "codeInvalid"
  | "required";

/** A refusal the action turns into a message in the interface language. */
export class AccountRefusal extends ServiceError {
  constructor(
    readonly reason: AccountRefusalReason,
    readonly field = "form",
  ) {
    super("validation", { text: reason }, { [field]: [{ text: reason }] });
  }
}

/** The acting account itself; the system and anonymous callers are refused. */
export async function ownAccount(ctx: AccountContext): Promise<User> {
  if (!can(ctx.actor, "account.own") || ctx.actor.id === null) throw new ServiceError("forbidden", "ownAccountOnly");
  const user = await ctx.db.user.findUnique({ where: { id: ctx.actor.id } });
  if (!user || user.disabledAt) throw new ServiceError("unauthenticated", "sessionExpired");
  return user;
}

/** The current password, checked under the sign-in throttle; a wrong one counts as a failed sign-in. */
export async function confirmPassword(ctx: AccountContext, user: User, password: string): Promise<void> {
  const { throttle, address } = ctx.guard;
  if ((await throttle.check(address, user.email)).blocked) throw new AccountRefusal("throttled", "currentPassword");
  if (await verifyPassword(user.passwordHash, password)) return;
  await throttle.recordFailure(address, user.email);
  await audit(ctx.db, ctx.actor, "auth.failed", { userId: user.id, details: { ip: address, step: "confirm" } });
  throw new AccountRefusal("wrongPassword", "currentPassword");
}
