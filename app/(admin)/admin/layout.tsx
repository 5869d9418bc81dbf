import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { signOutAction } from "@/lib/actions/auth/sign-out";
import { AdminMessagesProvider } from "@/components/admin/admin-messages";
import { Document } from "@/components/document";
import { can, type SitePermission } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import type { Messages } from "@/lib/i18n";
import { currentMessages } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const m = (await currentMessages({ fresh: true })).admin;
  return { title: { default: m.title, template: m.titleTemplate }, robots: { index: false } };
}

type NavKey = Exclude<keyof Messages["admin"]["nav"], "landmark" | "viewOnSite" | "currentUser" | "account">;

const NAV: Array<{ href: string; label: NavKey; permission?: SitePermission }> = [
  { href: "/admin", label: "dashboard" },
  { href: "/admin/articles", label: "articles" },
  { href: "/admin/articles/new", label: "newArticle" },
  { href: "/admin/media", label: "media" },
  { href: "/admin/import", label: "import" },
  { href: "/admin/people", label: "people", permission: "people.manage" },
  { href: "/admin/sections", label: "sections", permission: "sections.manage" },
  { href: "/admin/tags", label: "tags", permission: "tags.manage" },
  { href: "/admin/topics", label: "topics", permission: "topics.manage" },
  { href: "/admin/trash", label: "trash", permission: "article.viewAll" },
  { href: "/admin/users", label: "users", permission: "users.manage" },
  { href: "/admin/roles", label: "roles", permission: "roles.manage" },
  { href: "/admin/audit", label: "audit", permission: "audit.view" },
  { href: "/admin/words", label: "words", permission: "words.view" },
  { href: "/admin/review", label: "review", permission: "review.configure" },
  { href: "/admin/api-keys", label: "apiKeys", permission: "apiKeys.manage" },
  { href: "/admin/webhooks", label: "webhooks", permission: "webhooks.manage" },
  { href: "/admin/jobs", label: "jobs", permission: "jobs.manage" },
  { href: "/admin/settings", label: "settings", permission: "settings.manage" },
];

export default async function AdminLayout({ children }: { children: ReactNode }) {
  const user = await requireUser("/admin");
  const messages = await currentMessages({ fresh: true });
  const m = messages.admin.nav;
  return (
    <Document lang={messages.htmlLang}>
      <div className="min-h-screen bg-neutral-50 dark:bg-neutral-950">
        <header className="border-b border-neutral-200 bg-white dark:border-neutral-800 dark:bg-neutral-900">
          <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-3 px-4 py-3">
            <nav aria-label={m.landmark} className="flex flex-wrap items-center gap-4 text-sm">
              <Link href="/admin" className="text-base font-bold">
                Masthead
              </Link>
              {NAV.filter((item) => !item.permission || can(user, item.permission)).map((item) => (
                <Link key={item.href} href={item.href}>
                  {m[item.label]}
                </Link>
              ))}
              <Link href="/" className="text-neutral-500">
                {m.viewOnSite}
              </Link>
            </nav>
            <form action={signOutAction} className="flex items-center gap-3 text-sm">
              <span className="text-neutral-500">
                {m.currentUser}
                <span data-testid="current-user">{user.name}</span>
              </span>
              <Link href="/account">{m.account}</Link>
              <button type="submit" className="rounded border border-neutral-300 px-3 py-1 dark:border-neutral-700">
                {messages.auth.signOut}
              </button>
            </form>
          </div>
        </header>
        <div className="mx-auto max-w-7xl px-4 py-8">
          <AdminMessagesProvider messages={messages.admin.ui}>{children}</AdminMessagesProvider>
        </div>
      </div>
    </Document>
  );
}
