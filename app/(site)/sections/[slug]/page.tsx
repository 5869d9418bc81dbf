import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleList } from "@/components/site/article-list";
import { OlderLink } from "@/components/site/older-link";
import { PageHeading } from "@/components/site/page-heading";
import { getSectionPage, getSiteSettings } from "@/lib/content/articles";
import { sectionPath } from "@/lib/content/article-view";
import { env } from "@/lib/env";
import { listingMetadata } from "@/lib/seo/page-metadata";

type Props = PageProps<"/sections/[slug]">;

async function load({ params, searchParams }: Props) {
  const before = (await searchParams).before;
  const page = await getSectionPage(
    decodeURIComponent((await params).slug),
    typeof before === "string" ? before : undefined,
  );
  if (!page) notFound();
  return { ...page, isFirst: typeof before !== "string" };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { section } = await load(props);
  return listingMetadata(
    sectionPath(section.slug),
    section.name,
    section.description ?? `${section.name}栏目的最新文章`,
  );
}

export default async function SectionPage(props: Props) {
  const [{ section, articles, next, isFirst }, settings] = await Promise.all([load(props), getSiteSettings()]);
  const path = sectionPath(section.slug);
  return (
    <div className="mx-auto max-w-5xl px-4 py-8">
      <PageHeading kind="栏目" title={section.name} intro={section.description} feedPath={path} />
      <ArticleList
        articles={articles}
        timeZone={env.timeZone}
        bylineStyle={settings.bylineStyle}
        empty="这里还没有文章。"
      />
      <OlderLink path={path} next={next} isFirst={isFirst} />
    </div>
  );
}
