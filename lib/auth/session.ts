// The server-side gate: every admin page and every server action asks here, whatever proxy.ts did.
import "server-only";
import { decode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { sessionCookieName } from "@/lib/auth/cookies";
import { twoFactorRequiredFor, type Actor } from "@/lib/auth/permissions";
import { authSecret } from "@/lib/auth/secret";
import { findSession } from "@/lib/auth/session-store";
import { sessionTimes } from "@/lib/auth/sign-out";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import type { UserRole } from "@/lib/generated/prisma/enums";
import { readSiteSettings } from "@/lib/services/settings/site-settings";

export interface StaffUser extends Actor {
  id: number;
  email: string;
  name: string;
  role: UserRole;
}

/** What the account must do before it may use the admin. */
export type PendingStep = "password" | "twoFactor";

export interface SignedIn {
  user: StaffUser;
  sessionId: number;
  hasTwoFactor: boolean;
  pending: PendingStep | null;
}

/** The session token inside this request's cookie, when the cookie is genuine and unexpired. */
export async function currentSessionToken(): Promise<string | null> {
  const name = sessionCookieName(env.secureCookies);
  const value = (await cookies()).get(name)?.value;
  if (!value) return null;
  try {
    const token = await decode({ token: value, secret: authSecret(), salt: name });
    return typeof token?.sid === "string" ? token.sid : null;
  } catch {
    return null;
  }
}

/**
 * The signed-in account, or null. The cookie alone is not trusted: its session row must exist and be
 * neither idle nor expired, and the account must still be enabled.
 */
export const getSignedIn = cache(async (): Promise<SignedIn | null> => {
  const token = await currentSessionToken();
  if (!token) return null;
  const db = await getDb();
  const session = await findSession(db, token, sessionTimes());
  if (!session || session.user.disabledAt) return null;
  const { user } = session;
  const hasTwoFactor = !!user.totpSecret;
  const mustEnrol = !hasTwoFactor && twoFactorRequiredFor(user.role) && (await readSiteSettings(db)).requireTwoFactor;
  return {
    user: { id: user.id, email: user.email, name: user.name, role: user.role },
    sessionId: session.id,
    hasTwoFactor,
    pending: user.mustChangePassword ? "password" : mustEnrol ? "twoFactor" : null,
  };
});

/** The signed-in staff member who may use the admin: nothing left to do first. */
export const getCurrentUser = cache(async (): Promise<StaffUser | null> => {
  const signedIn = await getSignedIn();
  return signedIn && !signedIn.pending ? signedIn.user : null;
});

const PENDING_PATHS: Record<PendingStep, string> = { password: "/account/password", twoFactor: "/account/two-factor" };

const withReturn = (path: string, returnTo: string) => `${path}?callbackUrl=${encodeURIComponent(returnTo)}`;

/** For admin pages: anonymous visitors sign in first, accounts with a step left do that step first. */
export async function requireUser(returnTo: string): Promise<StaffUser> {
  const signedIn = await getSignedIn();
  if (!signedIn) redirect(withReturn("/login", returnTo));
  if (signedIn.pending) redirect(withReturn(PENDING_PATHS[signedIn.pending], returnTo));
  return signedIn.user;
}

/** For the own-account pages, which an account with a step left must be able to reach. */
export async function requireAccount(returnTo: string): Promise<SignedIn> {
  const signedIn = await getSignedIn();
  if (!signedIn) redirect(withReturn("/login", returnTo));
  return signedIn;
}

/** Where an account goes next: its pending step, or where it was going. */
export function nextStepPath(signedIn: SignedIn, returnTo: string): string {
  return signedIn.pending ? withReturn(PENDING_PATHS[signedIn.pending], returnTo) : returnTo;
}
