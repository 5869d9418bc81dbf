import Link from "next/link";
import { currentMessages } from "@/lib/i18n/server";

export default async function NotFound() {
  const m = (await currentMessages()).site;
  return (
    <main className="mx-auto max-w-2xl px-4 py-24 text-center">
      <h1 className="text-2xl font-bold">{m.notFoundTitle}</h1>
      <p className="mt-4 text-neutral-600 dark:text-neutral-400">{m.notFoundBody}</p>
      <p className="mt-8">
        <Link className="text-brand underline" href="/">
          {m.backHome}
        </Link>
      </p>
    </main>
  );
}
