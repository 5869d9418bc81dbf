import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cursorOf, Listing } from "@/components/site/listing";
import { getSectionPage } from "@/lib/content/articles";
import { sectionPath } from "@/lib/content/article-view";
import { currentMessages } from "@/lib/i18n/server";
import { listingMetadata } from "@/lib/seo/page-metadata";

type Props = PageProps<"/sections/[slug]">;

async function load({ params, searchParams }: Props) {
  const cursor = await cursorOf(searchParams);
  const page = await getSectionPage(decodeURIComponent((await params).slug), cursor);
  if (!page) notFound();
  return { ...page, isFirst: cursor === undefined };
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
  const [{ section, ...page }, messages] = await Promise.all([load(props), currentMessages()]);
  return (
    <Listing
      kind={messages.listings.section}
      title={section.name}
      intro={section.description}
      path={sectionPath(section.slug)}
      {...page}
    />
  );
}
