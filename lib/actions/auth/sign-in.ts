"use server";

import { AuthError } from "next-auth";
import { z } from "zod";
import { signIn } from "@/lib/auth";
import { SignInRefused } from "@/lib/auth/authorize";
import { safeReturnPath } from "@/lib/auth/redirect";
import { fill } from "@/lib/i18n/fill";
import { actionStrings } from "@/lib/i18n/server";
import { signInSchema } from "@/lib/validations/auth";

/** The sign-in form: email and password first, then (with two-factor sign-in) a code. */
export interface SignInState {
  step: "password" | "code";
  error?: string;
  email?: string;
  /** Names the accepted password for the second step; the password itself is never sent back. */
  challenge?: string;
}

const codeStep = z.object({ challenge: z.string().min(20).max(100), code: z.string().trim().min(1).max(64) });

export async function signInAction(_previous: SignInState, form: FormData): Promise<SignInState> {
  const m = (await actionStrings()).auth;
  const redirectTo = safeReturnPath(form.get("callbackUrl"));
  if (form.has("challenge")) {
    const parsed = codeStep.safeParse({ challenge: form.get("challenge"), code: form.get("code") });
    if (!parsed.success) return { step: "password", error: m.challengeExpired };
    return attempt(parsed.data, redirectTo, { step: "code", challenge: parsed.data.challenge });
  }
  const email = String(form.get("email") ?? "").slice(0, 320);
  const parsed = signInSchema.safeParse({ email, password: form.get("password") });
  if (!parsed.success) return { step: "password", error: parsed.error.issues[0]?.message, email };
  return attempt(parsed.data, redirectTo, { step: "password", email });
}

async function attempt(
  credentials: Record<string, string>,
  redirectTo: string,
  state: SignInState,
): Promise<SignInState> {
  const m = (await actionStrings()).auth;
  try {
    // On success this throws Next's redirect, which must propagate.
    await signIn("credentials", { ...credentials, redirectTo });
    return state;
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    if (!(error instanceof SignInRefused)) return { ...state, error: m.signInFailed };
    const { outcome } = error;
    switch (outcome.reason) {
      case "codeRequired":
        return { step: "code", challenge: outcome.challenge };
      case "codeInvalid":
        return { ...state, error: m.codeInvalid };
      case "challengeExpired":
        return { step: "password", error: m.challengeExpired };
      case "throttled":
        return { ...state, error: fill(m.throttled, { minutes: Math.ceil(outcome.retryAfterSeconds / 60) }) };
      case "invalid":
        return { ...state, error: m.wrongCredentials };
    }
  }
}
