import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Listing } from "@/components/site/listing";
import { getTagPage } from "@/lib/content/articles";
import { tagPath } from "@/lib/content/article-view";
import { currentMessages } from "@/lib/i18n/server";
import { listingMetadata } from "@/lib/seo/page-metadata";
import { listingCursor } from "./cursor";

async function load(slug: string, before: string | undefined) {
  const page = await getTagPage(slug, listingCursor(before));
  if (!page) notFound();
  return page;
}

export async function tagMetadata(slug: string, before?: string): Promise<Metadata> {
  const [{ tag }, messages] = await Promise.all([load(slug, before), currentMessages()]);
  const m = messages.listings;
  return listingMetadata(tagPath(tag.slug), m.tagTitle(tag.name), m.tagDescription(tag.name));
}

export async function TagListing({ slug, before }: { slug: string; before?: string }) {
  const [{ tag, ...page }, messages] = await Promise.all([load(slug, before), currentMessages()]);
  return (
    <Listing
      kind={messages.listings.tag}
      title={tag.name}
      path={tagPath(tag.slug)}
      isFirst={before === undefined}
      {...page}
    />
  );
}
