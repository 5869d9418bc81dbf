import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleList } from "@/components/site/article-list";
import { OlderLink } from "@/components/site/older-link";
import { PageHeading } from "@/components/site/page-heading";
import { getSiteSettings, getTagPage } from "@/lib/content/articles";
import { tagPath } from "@/lib/content/article-view";
import { env } from "@/lib/env";
import { currentMessages } from "@/lib/i18n/server";
import { listingMetadata } from "@/lib/seo/page-metadata";

type Props = PageProps<"/tags/[slug]">;

async function load({ params, searchParams }: Props) {
  const before = (await searchParams).before;
  const page = await getTagPage(
    decodeURIComponent((await params).slug),
    typeof before === "string" ? before : undefined,
  );
  if (!page) notFound();
  return { ...page, isFirst: typeof before !== "string" };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const [{ tag }, messages] = await Promise.all([load(props), currentMessages()]);
  const m = messages.listings;
  return listingMetadata(tagPath(tag.slug), m.tagTitle(tag.name), m.tagDescription(tag.name));
}

export default async function TagPage(props: Props) {
  const [{ tag, articles, next, isFirst }, settings, messages] = await Promise.all([
    load(props),
    getSiteSettings(),
    currentMessages(),
  ]);
  const path = tagPath(tag.slug);
  return (
    <div className="mx-auto max-w-5xl px-4 py-8">
      <PageHeading kind={messages.listings.tag} title={tag.name} feedPath={path} />
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
