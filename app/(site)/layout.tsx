import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { getSections } from "@/lib/content/articles";
import { sectionPath } from "@/lib/content/article-view";
import { env } from "@/lib/env";
import { feedAlternates } from "@/lib/seo/feed-links";

export const metadata: Metadata = {
  alternates: { types: feedAlternates("", env.siteName) },
};

export default async function SiteLayout({ children }: { children: ReactNode }) {
  // Rendered per request: nothing public is read from the database at build time.
  await connection();
  const sections = await getSections();
  return (
    <div className="flex min-h-screen flex-col">
      <header className="border-b-4 border-brand">
        <div className="mx-auto flex max-w-5xl flex-wrap items-baseline justify-between gap-4 px-4 py-4">
          <Link href="/" className="font-serif text-3xl font-black tracking-wider">
            {env.siteName}
          </Link>
          <nav aria-label="栏目" className="flex flex-wrap gap-4 text-sm text-neutral-700 dark:text-neutral-300">
            {sections.map((section) => (
              <Link key={section.slug} href={sectionPath(section.slug)}>
                {section.name}
              </Link>
            ))}
            <a href="/feed.xml" className="text-neutral-500">
              RSS 订阅
            </a>
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
