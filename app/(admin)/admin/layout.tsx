import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { signOutAction } from "./sign-out";
import { requireUser } from "@/lib/auth/session";
import { getMessages } from "@/lib/i18n";

export const metadata: Metadata = {
  title: { default: "管理后台", template: "%s - 管理后台" },
  robots: { index: false },
};

export default async function AdminLayout({ children }: { children: ReactNode }) {
  const user = await requireUser("/admin");
  const m = getMessages();
  return (
    <div className="min-h-screen bg-neutral-50 dark:bg-neutral-950">
      <header className="border-b border-neutral-200 bg-white dark:border-neutral-800 dark:bg-neutral-900">
        <div className="mx-auto flex max-w-6xl items-center justify-between px-4 py-3">
          <nav className="flex items-center gap-6">
            <Link href="/admin" className="font-bold">
              Masthead · {m.admin.title}
            </Link>
            <Link href="/admin" className="text-sm">
              {m.admin.articles}
            </Link>
            <Link href="/" className="text-sm text-neutral-500">
              {m.admin.viewOnSite}
            </Link>
          </nav>
          <form action={signOutAction} className="flex items-center gap-3 text-sm">
            <span className="text-neutral-500">
              {m.admin.signedInAs}:<span data-testid="current-user">{user.name}</span>
            </span>
            <button type="submit" className="rounded border border-neutral-300 px-3 py-1 dark:border-neutral-700">
              {m.auth.signOut}
            </button>
          </form>
        </div>
      </header>
      <div className="mx-auto max-w-6xl px-4 py-8">{children}</div>
    </div>
  );
}
