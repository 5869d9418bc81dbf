import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleList } from "@/components/site/article-list";
import { OlderLink } from "@/components/site/older-link";
import { PageHeading } from "@/components/site/page-heading";
import { getSectionPage, getSiteSettings } from "@/lib/content/articles";
import { sectionPath } from "@/lib/content/article-view";
import { env } from "@/lib/env";
import { currentMessages } from "@/lib/i18n/server";
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
  const [{ section }, messages] = await Promise.all([load(props), currentMessages()]);
  return listingMetadata(
    sectionPath(section.slug),
    section.name,
    section.description ?? messages.listings.sectionDescription(section.name),
  );
}

export default async function SectionPage(props: Props) {
  const [{ section, articles, next, isFirst }, settings, messages] = await Promise.all([
    load(props),
    getSiteSettings(),
    currentMessages(),
  ]);
  const path = sectionPath(section.slug);
  return (
    <div className="mx-auto max-w-5xl px-4 py-8">
      <PageHeading kind={messages.listings.section} title={section.name} intro={section.description} feedPath={path} />
      <ArticleList
        articles={articles}
        timeZone={env.timeZone}
        bylineStyle={settings.bylineStyle}
        empty={messages.site.emptyHere}
      />
      <OlderLink path={path} next={next} isFirst={isFirst} />
    </div>
  );
}
