import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArticleList } from "@/components/site/article-list";
import { OlderLink } from "@/components/site/older-link";
import { PageHeading } from "@/components/site/page-heading";
import { archiveRange } from "@/lib/content/archive-range";
import { getArchivePage, getSiteSettings } from "@/lib/content/articles";
import { env } from "@/lib/env";
import { listingMetadata } from "@/lib/seo/page-metadata";

type Props = PageProps<"/archive/[...date]">;

async function range({ params }: Props) {
  const found = archiveRange((await params).date, env.timeZone);
  if (!found) notFound();
  return found;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { label, path } = await range(props);
  return listingMetadata(path, `${label}的文章`, `${env.siteName} ${label}发表的全部文章`, false);
}

export default async function ArchivePage(props: Props) {
  const archive = await range(props);
  const before = (await props.searchParams).before;
  const cursor = typeof before === "string" ? before : undefined;
  const [{ articles, next }, settings] = await Promise.all([
    getArchivePage(archive.from.toISOString(), archive.to.toISOString(), cursor),
    getSiteSettings(),
  ]);
  return (
    <div className="mx-auto max-w-5xl px-4 py-8">
      <PageHeading kind="归档" title={archive.label} />
      {archive.month === undefined && (
        <nav aria-label="月份" className="mb-4 flex flex-wrap gap-3 text-sm">
          {Array.from({ length: 12 }, (_, index) => (
            <Link key={index} href={`/archive/${archive.year}/${String(index + 1).padStart(2, "0")}`}>
              {index + 1}月
            </Link>
          ))}
        </nav>
      )}
      <ArticleList
        articles={articles}
        timeZone={env.timeZone}
        bylineStyle={settings.bylineStyle}
        empty="这段时间没有文章。"
      />
      <OlderLink path={archive.path} next={next} isFirst={!cursor} />
    </div>
  );
}
