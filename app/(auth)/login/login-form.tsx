"use client";

import { useActionState } from "react";
import { signInAction, type SignInState } from "@/lib/actions/auth/sign-in";
import type { Messages } from "@/lib/i18n";

const INITIAL: SignInState = { step: "password" };

const inputClass =
  "mt-1 block w-full rounded border border-neutral-300 px-3 py-2 dark:border-neutral-700 dark:bg-neutral-900";

export function LoginForm({
  callbackUrl,
  labels,
  notice,
}: {
  callbackUrl: string;
  labels: Messages["auth"];
  /** A refusal passed back in the address (a sign-in posted straight to the Auth.js route). */
  notice?: string;
}) {
  const [state, action, pending] = useActionState<SignInState, FormData>(signInAction, INITIAL);
  const error = state.error ?? (state === INITIAL ? notice : undefined);
  return (
    <form action={action} className="space-y-5">
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      {error && (
        <p
          role="alert"
          className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800 dark:bg-red-950 dark:text-red-200"
        >
          {error}
        </p>
      )}
      {state.step === "code" && state.challenge ? (
        <>
          <input type="hidden" name="challenge" value={state.challenge} />
          <label className="block">
            <span className="text-sm font-medium">{labels.code}</span>
            <input
              name="code"
              autoComplete="one-time-code"
              inputMode="text"
              required
              autoFocus
              key={state.error}
              className={`${inputClass} tracking-widest`}
            />
          </label>
          <p className="text-sm text-neutral-500">{labels.codeHint}</p>
        </>
      ) : (
        <>
          <label className="block">
            <span className="text-sm font-medium">{labels.email}</span>
            <input
              name="email"
              type="email"
              autoComplete="username"
              required
              defaultValue={state.email}
              key={state.email}
              className={inputClass}
            />
          </label>
          <label className="block">
            <span className="text-sm font-medium">{labels.password}</span>
            <input name="password" type="password" autoComplete="current-password" required className={inputClass} />
          </label>
        </>
      )}
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded bg-brand px-4 py-2 font-medium text-white hover:bg-red-800 disabled:opacity-60"
      >
        {pending ? labels.signingIn : state.step === "code" ? labels.verify : labels.signIn}
      </button>
      {state.step === "code" && (
        <p className="text-center text-sm">
          {/* A full page load, so that the form starts again from its first step. */}
          <a href={`/login?callbackUrl=${encodeURIComponent(callbackUrl)}`}>{labels.startOver}</a>
        </p>
      )}
    </form>
  );
}
