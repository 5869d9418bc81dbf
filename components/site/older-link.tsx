import Link from "next/link";

/** Keyset pagination: "older" continues after the last article shown; "newest" returns to the start. */
export function OlderLink({ path, next, isFirst }: { path: string; next: string | null; isFirst: boolean }) {
  if (!next && isFirst) return null;
  return (
    <nav aria-label="分页" className="mt-6 flex justify-between text-sm">
      {isFirst ? <span /> : <Link href={path}>← 最新文章</Link>}
      {next && (
        <Link href={`${path}?before=${encodeURIComponent(next)}`} rel="next">
          更早的文章 →
        </Link>
      )}
    </nav>
  );
}
