import Link from "next/link";
import type { ReactNode } from "react";
import { signOutAction } from "@/lib/actions/auth/sign-out";
import { requireAccount } from "@/lib/auth/session";
import { currentMessages } from "@/lib/i18n/server";

/** One's own account: outside the admin's layout, because an account with a step left must reach it. */
export default async function AccountLayout({ children }: { children: ReactNode }) {
  const signedIn = await requireAccount("/account");
  const messages = await currentMessages({ fresh: true });
  const m = messages.account;
  return (
    <div className="min-h-screen bg-neutral-50 dark:bg-neutral-950">
      <header className="border-b border-neutral-200 bg-white dark:border-neutral-800 dark:bg-neutral-900">
        <div className="mx-auto flex max-w-4xl flex-wrap items-center justify-between gap-3 px-4 py-3 text-sm">
          <nav aria-label={m.landmark} className="flex flex-wrap items-center gap-4">
            <Link href="/admin" className="text-base font-bold">
              Masthead
            </Link>
            {!signedIn.pending && <Link href="/admin">{m.backToAdmin}</Link>}
            <Link href="/account">{m.sessionsLink}</Link>
            <Link href="/account/password">{m.passwordLink}</Link>
            <Link href="/account/two-factor">{m.twoFactorLink}</Link>
          </nav>
          <form action={signOutAction} className="flex items-center gap-3">
            <span className="text-neutral-500" data-testid="current-account">
              {signedIn.user.name}
            </span>
            <button type="submit" className="rounded border border-neutral-300 px-3 py-1 dark:border-neutral-700">
              {messages.auth.signOut}
            </button>
          </form>
        </div>
      </header>
      <main className="mx-auto max-w-4xl space-y-6 px-4 py-8">{children}</main>
    </div>
  );
}
