import type { Metadata } from "next";
import { Listing } from "@/components/site/listing";
import { getTagPage } from "@/lib/content/articles";
import { tagPath } from "@/lib/content/article-view";
import { currentMessages } from "@/lib/i18n/server";
import { listingMetadata } from "@/lib/seo/page-metadata";
import { shareSite } from "@/lib/seo/share-site";
import { isListingCursor } from "./cursor";
import { Missing, missingMetadata } from "./missing";
import { fill } from "@/lib/i18n/fill";

// Null when the address names nothing: the page then answers 404 with the site's notice.
async function load(slug: string, before: string | undefined) {
  return isListingCursor(before) ? getTagPage(slug, before) : null;
}

export async function tagMetadata(slug: string, before?: string): Promise<Metadata> {
  const [page, messages] = await Promise.all([load(slug, before), currentMessages()]);
  if (!page) return missingMetadata();
  const { tag } = page;
  const m = messages.listings;
  return listingMetadata(
    await shareSite(),
    tagPath(tag.slug),
    fill(m.tagTitle, { name: tag.name }),
    fill(m.tagDescription, { name: tag.name }),
  );
}

export async function TagListing({ slug, before }: { slug: string; before?: string }) {
  const [found, messages] = await Promise.all([load(slug, before), currentMessages()]);
  if (!found) return <Missing />;
  const { tag, ...page } = found;
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
