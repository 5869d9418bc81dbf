"use server";

import { AuthError } from "next-auth";
import { z } from "zod";
import { formActionWith } from "@/lib/actions/define-action";
import { signIn } from "@/lib/auth";
import { SignInRefused } from "@/lib/auth/authorize";
import { safeReturnPath } from "@/lib/auth/redirect";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n";
import { signInSchema } from "@/lib/validations/auth";

/** The sign-in form: email and password first, then (with two-factor sign-in) a code. */
export interface SignInState {
  step: "password" | "code";
  error?: string;
  email?: string;
  /** Names the accepted password for the second step; the password itself is never sent back. */
  challenge?: string;
}

const callbackUrl = z.string().max(2048).optional();
const codeStep = z.object({
  challenge: z.string().min(20).max(100),
  code: z.string().trim().min(1).max(64),
  callbackUrl,
});
const passwordStep = (strings: Messages) => signInSchema(strings.validation).extend({ callbackUrl });

/** What Auth.js's refusal means for the form. */
function answer(error: AuthError, state: SignInState, m: Messages["auth"]): SignInState {
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

export const signInAction = formActionWith({
  name: "auth.signIn",
  session: "anyone",
  input: (strings) => z.union([codeStep, passwordStep(strings)]),
  run: async (input, _nobody, strings): Promise<SignInState> => {
    const { callbackUrl: returnTo, ...credentials } = input;
    const state: SignInState =
      "challenge" in input ? { step: "code", challenge: input.challenge } : { step: "password", email: input.email };
    try {
      // On success this throws Next's redirect, which must propagate.
      await signIn("credentials", { ...credentials, redirectTo: safeReturnPath(returnTo ?? null) });
      return state;
    } catch (error) {
      if (!(error instanceof AuthError)) throw error;
      return answer(error, state, strings.auth);
    }
  },
  done: (state) => state,
  refuse: (refusal, raw, strings): SignInState =>
    typeof raw.challenge === "string"
      ? { step: "password", error: strings.auth.challengeExpired }
      : {
          step: "password",
          // The union's own issue is generic; the password step's says what is wrong with the fields.
          error: passwordStep(strings).safeParse(raw).error?.issues[0]?.message ?? refusal.message,
          email: typeof raw.email === "string" ? raw.email.slice(0, 320) : "",
        },
});
