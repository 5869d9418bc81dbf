"use client";

import Link from "next/link";
import { getMessages } from "@/lib/i18n";
import { fill } from "@/lib/i18n/fill";

/**
 * What a reader or an editor sees when a page fails: in the house style of the 404, in both languages
 * (an error page cannot ask the database which one the site uses), with a way to try again and a way
 * home. Never the error itself: only Next's digest, which matches the server's log line.
 */
export function ErrorNotice({ digest, retry }: { digest?: string; retry: () => void }) {
  const languages = [getMessages("zh-CN"), getMessages("en")];
  return (
    <main className="mx-auto max-w-2xl px-4 py-24 text-center">
      {languages.map((messages, index) => {
        const m = messages.errorPage;
        const Heading = index === 0 ? "h1" : "p";
        return (
          <div key={messages.htmlLang} lang={messages.htmlLang} className={index === 0 ? "" : "mt-10 border-t pt-8"}>
            <Heading className="text-2xl font-bold">{m.title}</Heading>
            <p className="mt-4 text-neutral-600 dark:text-neutral-400">{m.body}</p>
            <p className="mt-8 flex justify-center gap-6">
              <button type="button" onClick={retry} className="rounded bg-brand px-3 py-1 text-white">
                {m.retry}
              </button>
              <Link className="text-brand underline" href="/">
                {m.home}
              </Link>
            </p>
            {digest && <p className="mt-6 text-xs text-neutral-500">{fill(m.reference, { digest })}</p>}
          </div>
        );
      })}
    </main>
  );
}
