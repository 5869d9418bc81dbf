// Auth.js's authorize for the credentials provider: the one place sessions are issued, whichever way
// the credentials came in (the sign-in form's action, or a POST to /api/auth/callback/credentials).
import "server-only";
import { CredentialsSignin } from "next-auth";
import { z } from "zod";
import { requestAddress } from "@/lib/auth/client-address";
import { PASSWORD_MAX_LENGTH } from "@/lib/auth/password-length";
import { authSecret } from "@/lib/auth/secret";
import { signInThrottle } from "@/lib/auth/throttle";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import {
  signInWithChallenge,
  signInWithPassword,
  type SignInContext,
  type SignInOutcome,
} from "@/lib/services/auth/sign-in";

// A blank field of a form is no code at all.
const code = z.preprocess((value) => (value === "" ? undefined : value), z.string().trim().max(64).optional());

const passwordCredentials = z.object({
  email: z.string().trim().toLowerCase().min(3).max(320),
  password: z
    .string()
    .min(1)
    .max(PASSWORD_MAX_LENGTH * 4),
  code,
});
const challengeCredentials = z.object({
  challenge: z.string().min(20).max(100),
  code: z.string().trim().min(1).max(64),
});

type Refusal = Exclude<SignInOutcome, { ok: true }>;

/** A refused sign-in. `code` goes into the redirect URL of the API route; the form's action reads `outcome`. */
export class SignInRefused extends CredentialsSignin {
  constructor(readonly outcome: Refusal) {
    super();
    this.code = outcome.reason;
  }
}

export interface AuthorizedUser {
  id: string;
  email: string;
  name: string;
  sessionToken: string;
}

function signInWith(ctx: SignInContext, raw: unknown): Promise<SignInOutcome> {
  const byChallenge = challengeCredentials.safeParse(raw);
  if (byChallenge.success) return signInWithChallenge(ctx, byChallenge.data);
  const byPassword = passwordCredentials.safeParse(raw);
  if (byPassword.success) return signInWithPassword(ctx, byPassword.data);
  // Malformed input is refused before the throttle or argon2 see it: it can test no password.
  return Promise.resolve({ ok: false, reason: "invalid" });
}

export async function authorizeCredentials(raw: unknown, request: Request): Promise<AuthorizedUser> {
  const ctx: SignInContext = {
    db: await getDb(),
    throttle: signInThrottle(),
    device: { ip: requestAddress(request.headers), userAgent: request.headers.get("user-agent") },
    times: { idleMs: env.session.idleMs, maxAgeMs: env.session.maxAgeSeconds * 1000 },
    secret: authSecret(),
  };
  const outcome = await signInWith(ctx, raw);
  if (!outcome.ok) throw new SignInRefused(outcome);
  return {
    id: String(outcome.user.id),
    email: outcome.user.email,
    name: outcome.user.name,
    sessionToken: outcome.sessionToken,
  };
}
