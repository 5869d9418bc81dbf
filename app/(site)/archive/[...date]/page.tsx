import type { Metadata } from "next";
import Link from "next/link";
import { ArticleList } from "@/components/site/article-list";
import { OlderLink } from "@/components/site/older-link";
import { PageHeading } from "@/components/site/page-heading";
import { archiveRange } from "@/lib/content/archive-range";
import { getArchivePage, getSiteSettings } from "@/lib/content/articles";
import { env } from "@/lib/env";
import { currentMessages } from "@/lib/i18n/server";
import { listingMetadata } from "@/lib/seo/page-metadata";
import { shareSite } from "@/lib/seo/share-site";
import { isListingCursor } from "@/app/(site)/_listings/cursor";
import { Missing, missingMetadata } from "@/app/(site)/_listings/missing";
import { fill } from "@/lib/i18n/fill";
import { archiveLabel } from "@/lib/i18n/periods";

type Props = PageProps<"/archive/[...date]">;

// Rendered at the first request, then served from the cache until a write expires it.
export const generateStaticParams = (): Array<{ date: string[] }> => [];
export const revalidate = 3600;

/**
 * `/archive/2022/08/05`, and its older pages `/archive/2022/08/05/before/<cursor>` (next.config.js
 * rewrites `?before=` into the path, so that each page is cached on its own).
 */
async function range({ params }: Props) {
  const segments = (await params).date;
  const paged = segments.length > 2 && segments.at(-2) === "before";
  const found = archiveRange(paged ? segments.slice(0, -2) : segments, env.timeZone);
  const cursor = paged ? segments.at(-1) : undefined;
  // Null when the address names no day, month or year: a 404.
  return found && isListingCursor(cursor) ? { ...found, cursor } : null;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const [found, messages] = await Promise.all([range(props), currentMessages()]);
  if (!found) return missingMetadata();
  const { year, month, day, path } = found;
  const m = messages.archive;
  const label = archiveLabel(m, year, month, day);
  return listingMetadata(
    await shareSite(),
    path,
    fill(m.title, { label }),
    fill(m.description, { siteName: env.siteName, label }),
    false,
  );
}

export default async function ArchivePage(props: Props) {
  const archive = await range(props);
  if (!archive) return <Missing />;
  const cursor = archive.cursor;
  const [{ articles, next }, settings, messages] = await Promise.all([
    getArchivePage(archive.from.toISOString(), archive.to.toISOString(), cursor),
    getSiteSettings(),
    currentMessages(),
  ]);
  const m = messages.archive;
  return (
    <div className="mx-auto max-w-5xl px-4 py-8">
      <PageHeading kind={m.kind} title={archiveLabel(m, archive.year, archive.month, archive.day)} />
      {archive.month === undefined && (
        <nav aria-label={m.months} className="mb-4 flex flex-wrap gap-3 text-sm">
          {Array.from({ length: 12 }, (_, index) => (
            <Link key={index} href={`/archive/${archive.year}/${String(index + 1).padStart(2, "0")}`}>
              {m.monthNames[index]}
            </Link>
          ))}
        </nav>
      )}
      <ArticleList articles={articles} timeZone={env.timeZone} bylineStyle={settings.bylineStyle} empty={m.empty} />
      <OlderLink path={archive.path} next={next} isFirst={!cursor} />
    </div>
  );
}
