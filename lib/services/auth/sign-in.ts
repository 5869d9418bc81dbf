// Signing in, for both ways in (the sign-in form's action and POST /api/auth/callback/credentials,
// which both reach Auth.js's authorize): throttle first, then one password check, then the second
// factor, then a session row. Every failure is counted and audited; a throttled attempt costs no argon2.
import type { Device, SessionTimes } from "@/lib/auth/session-store";
import { startSession } from "@/lib/auth/session-store";
import type { NewBlock, SignInThrottle } from "@/lib/auth/throttle/sign-in-throttle";
import { hashToken, newToken } from "@/lib/auth/tokens";
import type { PrismaClient, User } from "@/lib/generated/prisma/client";
import { audit } from "@/lib/services/audit";
import { authenticate } from "@/lib/services/auth/authenticate";
import { acceptSecondFactor, type SecondFactor } from "@/lib/services/auth/second-factor";

export interface SignInContext {
  db: PrismaClient;
  throttle: SignInThrottle;
  device: Device;
  times: SessionTimes;
  /** AUTH_SECRET, which opens the stored TOTP secrets. */
  secret: string;
  now?: () => Date;
}

export type SignInOutcome =
  | { ok: true; user: Pick<User, "id" | "email" | "name">; sessionToken: string }
  | { ok: false; reason: "invalid" | "codeInvalid" | "challengeExpired" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number }
  /** The password was right and the account has two-factor sign-in: the form asks for a code next. */
  | { ok: false; reason: "codeRequired"; challenge: string };

/** How long the second step may take, and how many wrong codes it allows. */
export const CHALLENGE_TTL_MS = 5 * 60_000;
export const CHALLENGE_ATTEMPTS = 5;

const SYSTEM = { id: null, role: "ADMIN" } as const;

export async function signInWithPassword(
  ctx: SignInContext,
  input: { email: string; password: string; code?: string },
): Promise<SignInOutcome> {
  const email = input.email.trim().toLowerCase();
  const throttled = await refuseIfThrottled(ctx, email);
  if (throttled) return throttled;
  const user = await authenticate(ctx.db, email, input.password);
  if (!user) return fail(ctx, email, null, "password", "invalid");
  if (!user.totpSecret) return succeed(ctx, user, "password");
  if (!input.code) return { ok: false, reason: "codeRequired", challenge: await createChallenge(ctx, user.id) };
  return secondStep(ctx, user, input.code);
}

/** The form's second step: the challenge from the first and a code from the app (or a recovery code). */
export async function signInWithChallenge(
  ctx: SignInContext,
  input: { challenge: string; code: string },
): Promise<SignInOutcome> {
  const now = ctx.now?.() ?? new Date();
  const challenge = await ctx.db.signInChallenge.findUnique({
    where: { tokenHash: hashToken(input.challenge) },
    include: { user: true },
  });
  if (!challenge || challenge.expiresAt <= now || challenge.attempts >= CHALLENGE_ATTEMPTS || challenge.user.disabledAt)
    return { ok: false, reason: "challengeExpired" };
  const throttled = await refuseIfThrottled(ctx, challenge.user.email);
  if (throttled) return throttled;
  const outcome = await secondStep(ctx, challenge.user, input.code);
  if (outcome.ok) await ctx.db.signInChallenge.deleteMany({ where: { id: challenge.id } });
  else await ctx.db.signInChallenge.updateMany({ where: { id: challenge.id }, data: { attempts: { increment: 1 } } });
  return outcome;
}

async function secondStep(ctx: SignInContext, user: User, code: string): Promise<SignInOutcome> {
  const factor = await acceptSecondFactor(ctx.db, user, code, { secret: ctx.secret, now: ctx.now?.() ?? new Date() });
  return factor ? succeed(ctx, user, factor) : fail(ctx, user.email, user.id, "code", "codeInvalid");
}

async function refuseIfThrottled(ctx: SignInContext, email: string): Promise<SignInOutcome | null> {
  const decision = await ctx.throttle.check(ctx.device.ip, email);
  // Not audited one by one: a flood of refused attempts must cost nothing, a database write included.
  // The audit log has the block when it starts.
  return decision.blocked ? { ok: false, reason: "throttled", retryAfterSeconds: decision.retryAfterSeconds } : null;
}

async function fail(
  ctx: SignInContext,
  email: string,
  userId: number | null,
  step: "password" | "code",
  reason: "invalid" | "codeInvalid",
): Promise<SignInOutcome> {
  const blocks = await ctx.throttle.recordFailure(ctx.device.ip, email);
  await audit(ctx.db, SYSTEM, "auth.failed", {
    userId: userId ?? undefined,
    details: { email, ip: ctx.device.ip, step },
  });
  await auditBlocks(ctx, email, userId, blocks);
  return { ok: false, reason };
}

async function auditBlocks(ctx: SignInContext, email: string, userId: number | null, blocks: NewBlock[]) {
  for (const block of blocks) {
    await audit(ctx.db, SYSTEM, "auth.throttled", {
      userId: userId ?? undefined,
      details: { email, ip: ctx.device.ip, scope: block.scope, seconds: block.seconds, failures: block.failures },
    });
  }
}

async function succeed(ctx: SignInContext, user: User, method: "password" | SecondFactor): Promise<SignInOutcome> {
  await ctx.throttle.recordSuccess(ctx.device.ip, user.email);
  const { token } = await startSession(ctx.db, user.id, ctx.device, ctx.times, ctx.now?.());
  await audit(ctx.db, { id: user.id, role: user.role }, "auth.signIn", {
    userId: user.id,
    details: { ip: ctx.device.ip, method },
  });
  if (method === "recoveryCode") {
    const left = await ctx.db.recoveryCode.count({ where: { userId: user.id, usedAt: null } });
    await audit(ctx.db, { id: user.id, role: user.role }, "auth.recoveryCodeUsed", {
      userId: user.id,
      details: { left },
    });
  }
  return { ok: true, user: { id: user.id, email: user.email, name: user.name }, sessionToken: token };
}

async function createChallenge(ctx: SignInContext, userId: number): Promise<string> {
  const token = newToken();
  const now = ctx.now?.() ?? new Date();
  await ctx.db.signInChallenge.deleteMany({ where: { userId, expiresAt: { lte: now } } });
  await ctx.db.signInChallenge.create({
    data: {
      tokenHash: hashToken(token),
      userId,
      createdAt: now,
      expiresAt: new Date(now.getTime() + CHALLENGE_TTL_MS),
    },
  });
  return token;
}
