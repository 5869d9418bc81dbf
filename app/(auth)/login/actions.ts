"use server";

import { AuthError } from "next-auth";
import { z } from "zod";
import { formActionWith } from "@/lib/actions/define-action";
import { signIn } from "@/lib/auth";
import { safeReturnPath } from "@/lib/auth/redirect";
import { ServiceError } from "@/lib/services/errors";
import { signInSchema } from "@/lib/validations/auth";

export interface SignInState {
  error?: string;
  email?: string;
}

export const signInAction = formActionWith({
  name: "auth.signIn",
  session: "anyone",
  input: signInSchema.extend({ callbackUrl: z.string().optional() }),
  run: async ({ callbackUrl, ...credentials }, _nobody, strings) => {
    try {
      // On success this throws Next's redirect, which must propagate.
      await signIn("credentials", { ...credentials, redirectTo: safeReturnPath(callbackUrl ?? null) });
    } catch (error) {
      if (error instanceof AuthError) throw new ServiceError("unauthenticated", strings.auth.wrongCredentials);
      throw error;
    }
  },
  done: (): SignInState => ({}),
  refuse: (refusal, raw): SignInState => ({
    error: refusal.message,
    email: typeof raw.email === "string" ? raw.email : "",
  }),
});
