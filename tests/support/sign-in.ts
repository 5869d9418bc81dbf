// Accounts with real passwords and the contexts the sign-in and own-account services run in.
import { randomBytes } from "node:crypto";
import { generate } from "otplib";
import { hashPassword } from "@/lib/auth/password";
import { seal } from "@/lib/auth/secret-box";
import { startSession } from "@/lib/auth/session-store";
import { SignInThrottle } from "@/lib/auth/throttle/sign-in-throttle";
import { newTotpSecret } from "@/lib/auth/totp";
import { getDb } from "@/lib/db";
import type { UserRole } from "@/lib/generated/prisma/enums";
import type { AccountContext } from "@/lib/services/account/context";
import type { SignInContext } from "@/lib/services/auth/sign-in";

export const SECRET = "integration-secret-integration-secret";
export const TIMES = { idleMs: 2 * 3600_000, maxAgeMs: 12 * 3600_000 };
export const PASSWORD = "tangerine-kettle-91-lamp";

export async function accountWithPassword(role: UserRole = "EDITOR", password = PASSWORD) {
  const db = await getDb();
  return db.user.create({
    data: {
      email: `${randomBytes(6).toString("hex")}@signin.test`,
      name: `${role.toLowerCase()}-${randomBytes(3).toString("hex")}`,
      role,
      passwordHash: await hashPassword(password),
    },
  });
}

/** Turns on two-factor sign-in for the account directly; returns the base32 secret. */
export async function withTwoFactor(userId: number): Promise<string> {
  const secret = newTotpSecret();
  await (await getDb()).user.update({ where: { id: userId }, data: { totpSecret: seal(SECRET, secret) } });
  return secret;
}

export const codeFor = (secret: string, at = new Date()) =>
  generate({ secret, epoch: Math.floor(at.getTime() / 1000) });

export async function signInContext(
  ip = `198.51.100.${Math.floor(Math.random() * 250)}`,
  throttle = new SignInThrottle({ kind: "memory" }),
): Promise<SignInContext> {
  return { db: await getDb(), throttle, device: { ip, userAgent: "vitest" }, times: TIMES, secret: SECRET };
}

/** The account signed in from `browsers` browsers; the first is the one acting. */
export async function accountContext(
  user: { id: number; role: UserRole },
  browsers = 1,
  throttle = new SignInThrottle({ kind: "memory" }),
): Promise<AccountContext> {
  const db = await getDb();
  const sessions = [];
  for (let index = 0; index < browsers; index += 1)
    sessions.push(await startSession(db, user.id, { ip: "192.0.2.10", userAgent: "vitest" }, TIMES));
  return {
    db,
    actor: { id: user.id, role: user.role },
    sessionId: sessions[0]?.sessionId ?? 0,
    guard: { throttle, address: "192.0.2.10" },
    secret: SECRET,
  };
}
