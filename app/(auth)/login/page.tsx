import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "./login-form";
import { getSignedIn, nextStepPath } from "@/lib/auth/session";
import { safeReturnPath } from "@/lib/auth/redirect";
import type { Messages } from "@/lib/i18n";
import { currentMessages } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await currentMessages({ fresh: true })).auth.title, robots: { index: false } };
}

/** Auth.js's route sends refused sign-ins back here with `?code=`; only known codes are shown. */
function notice(messages: Messages, code: unknown): string | undefined {
  const known: Record<string, string> = {
    invalid: messages.auth.wrongCredentials,
    throttled: messages.account.password.throttled,
    codeInvalid: messages.auth.codeInvalid,
    challengeExpired: messages.auth.challengeExpired,
  };
  if (typeof code !== "string") return undefined;
  return Object.hasOwn(known, code) ? known[code] : messages.auth.signInFailed;
}

export default async function LoginPage({ searchParams }: PageProps<"/login">) {
  const query = await searchParams;
  const callbackUrl = safeReturnPath(query.callbackUrl);
  const signedIn = await getSignedIn();
  if (signedIn) redirect(nextStepPath(signedIn, callbackUrl));
  const messages = await currentMessages({ fresh: true });
  return (
    <main className="mx-auto max-w-sm px-4 py-24">
      <h1 className="mb-8 text-center text-2xl font-bold">{messages.auth.signInTitle}</h1>
      <LoginForm
        callbackUrl={callbackUrl}
        labels={messages.auth}
        notice={query.error ? notice(messages, query.code) : undefined}
      />
    </main>
  );
}
