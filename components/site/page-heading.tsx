import type { ReactNode } from "react";
import { currentMessages } from "@/lib/i18n/server";

/** The heading of a listing page: what kind of page, its name, an introduction, its feeds. */
export async function PageHeading({
  kind,
  title,
  intro,
  feedPath,
}: {
  kind: string;
  title: string;
  intro?: ReactNode;
  feedPath?: string;
}) {
  const m = (await currentMessages()).site;
  return (
    <header className="mb-4 border-b border-neutral-200 pb-4 dark:border-neutral-800">
      <p className="text-sm font-bold tracking-widest text-accent">{kind}</p>
      <h1 className="mt-1 font-serif text-3xl font-bold">{title}</h1>
      {intro && <div className="mt-3 text-neutral-800 dark:text-neutral-200">{intro}</div>}
      {feedPath !== undefined && (
        <p className="mt-2 flex gap-3 text-sm text-neutral-700 dark:text-neutral-300">
          {m.subscribe}
          <a href={`${feedPath}/feed.xml`}>RSS</a>
          <a href={`${feedPath}/atom.xml`}>Atom</a>
          <a href={`${feedPath}/feed.json`}>JSON Feed</a>
        </p>
      )}
    </header>
  );
}
