import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { Document } from "@/components/document";
import { getSections } from "@/lib/content/articles";
import { sectionPath } from "@/lib/content/article-view";
import { env } from "@/lib/env";
import { contentLanguage, currentMessages } from "@/lib/i18n/server";
import { feedAlternates } from "@/lib/seo/feed-links";
import { fill } from "@/lib/i18n/fill";

export async function generateMetadata(): Promise<Metadata> {
  const [m, content] = await Promise.all([currentMessages(), contentLanguage()]);
  return {
    description: fill(m.site.description, { siteName: env.siteName }),
    alternates: { types: feedAlternates() },
    openGraph: { siteName: env.siteName, locale: content.ogLocale, type: "website" },
    ...(env.twitterSite ? { twitter: { site: env.twitterSite } } : {}),
  };
}

export default async function SiteLayout({ children }: { children: ReactNode }) {
  const [sections, messages, content] = await Promise.all([getSections(), currentMessages(), contentLanguage()]);
  const m = messages.site;
  return (
    // Readers read the content: the page's language is its language, whatever the interface's.
    <Document lang={content.tag}>
      <div className="flex min-h-screen flex-col">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:m-2 focus:rounded focus:bg-white focus:p-2 focus:text-black"
        >
          {m.skipToContent}
        </a>
        <header className="border-b-4 border-brand">
          <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-4 px-4 py-4">
            <Link href="/" className="font-serif text-3xl font-black tracking-wider">
              {env.siteName}
            </Link>
            <form action="/search" role="search" aria-label={m.searchLandmark} className="flex gap-2">
              <label htmlFor="site-search" className="sr-only">
                {m.search}
              </label>
              <input
                id="site-search"
                name="q"
                type="search"
                placeholder={m.searchPlaceholder}
                className="w-40 rounded border border-neutral-400 bg-white px-2 py-1 text-sm text-neutral-900 sm:w-56 dark:border-neutral-600 dark:bg-neutral-900 dark:text-neutral-100"
              />
              <button type="submit" className="rounded bg-brand px-3 py-1 text-sm text-white">
                {m.search}
              </button>
            </form>
          </div>
          {sections.length > 0 && (
            <nav aria-label={m.sectionsNav} className="mx-auto max-w-5xl px-4 pb-3">
              <ul className="flex flex-wrap gap-x-5 gap-y-1 text-sm text-neutral-800 dark:text-neutral-200">
                <li>
                  <Link href="/">{m.home}</Link>
                </li>
                {sections.map((section) => (
                  <li key={section.slug}>
                    <Link href={sectionPath(section.slug)}>{section.name}</Link>
                  </li>
                ))}
              </ul>
            </nav>
          )}
        </header>
        <main id="main" className="flex-1">
          {children}
        </main>
        <footer className="border-t border-neutral-200 py-6 text-center text-sm text-neutral-700 dark:border-neutral-800 dark:text-neutral-300">
          <p>© {env.siteName}</p>
          <p className="mt-2 flex justify-center gap-4">
            <a href="/feed.xml">RSS</a>
            <a href="/atom.xml">Atom</a>
            <a href="/feed.json">JSON Feed</a>
            <Link href={`/archive/${new Date().getUTCFullYear()}`}>{m.archive}</Link>
          </p>
        </footer>
      </div>
    </Document>
  );
}
