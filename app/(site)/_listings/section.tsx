import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Listing } from "@/components/site/listing";
import { getSectionPage } from "@/lib/content/articles";
import { sectionPath } from "@/lib/content/article-view";
import { currentMessages } from "@/lib/i18n/server";
import { listingMetadata } from "@/lib/seo/page-metadata";
import { listingCursor } from "./cursor";

async function load(slug: string, before: string | undefined) {
  const page = await getSectionPage(slug, listingCursor(before));
  if (!page) notFound();
  return page;
}

export async function sectionMetadata(slug: string, before?: string): Promise<Metadata> {
  const [{ section }, messages] = await Promise.all([load(slug, before), currentMessages()]);
  return listingMetadata(
    sectionPath(section.slug),
    section.name,
    section.description ?? messages.listings.sectionDescription(section.name),
  );
}

export async function SectionListing({ slug, before }: { slug: string; before?: string }) {
  const [{ section, ...page }, messages] = await Promise.all([load(slug, before), currentMessages()]);
  return (
    <Listing
      kind={messages.listings.section}
      title={section.name}
      intro={section.description}
      path={sectionPath(section.slug)}
      isFirst={before === undefined}
      {...page}
    />
  );
}
