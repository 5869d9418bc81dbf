import Link from "next/link";
import type { Messages } from "@/lib/i18n";

/** The body of a 404; `Landmark` is `main` when no layout gives the page one. */
export function NotFoundNotice({ m, Landmark = "div" }: { m: Messages["site"]; Landmark?: "div" | "main" }) {
  return (
    <Landmark className="mx-auto max-w-2xl px-4 py-24 text-center">
      <h1 className="text-2xl font-bold">{m.notFoundTitle}</h1>
      <p className="mt-4 text-neutral-600 dark:text-neutral-400">{m.notFoundBody}</p>
      <p className="mt-8">
        <Link className="text-brand underline" href="/">
          {m.backHome}
        </Link>
      </p>
    </Landmark>
  );
}
