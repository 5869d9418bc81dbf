import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { env } from "@/lib/env";
import { getMessages } from "@/lib/i18n";

export const metadata: Metadata = {
  alternates: { types: { "application/rss+xml": [{ url: "/feed.xml", title: env.siteName }] } },
};

export default function SiteLayout({ children }: { children: ReactNode }) {
  const m = getMessages().site;
  return (
    <div className="flex min-h-screen flex-col">
      <header className="border-b-4 border-brand">
        <div className="mx-auto flex max-w-5xl items-baseline justify-between px-4 py-4">
          <Link href="/" className="font-serif text-3xl font-black tracking-wider">
            {env.siteName}
          </Link>
          <nav className="flex gap-4 text-sm text-neutral-600 dark:text-neutral-400">
            <a href="/feed.xml">{m.rss}</a>
          </nav>
        </div>
      </header>
      <div className="flex-1">{children}</div>
      <footer className="border-t border-neutral-200 py-6 text-center text-xs text-neutral-500 dark:border-neutral-800">
        © {env.siteName}
      </footer>
    </div>
  );
}
