import Link from "next/link";
import { currentMessages } from "@/lib/i18n/server";

/** Keyset pagination: "older" continues after the last article shown; "newest" returns to the start. */
export async function OlderLink({ path, next, isFirst }: { path: string; next: string | null; isFirst: boolean }) {
  if (!next && isFirst) return null;
  const m = (await currentMessages()).site;
  return (
    <nav aria-label={m.pagination} className="mt-6 flex justify-between text-sm">
      {isFirst ? <span /> : <Link href={path}>{m.newest}</Link>}
      {next && (
        <Link href={`${path}?before=${encodeURIComponent(next)}`} rel="next">
          {m.older}
        </Link>
      )}
    </nav>
  );
}
