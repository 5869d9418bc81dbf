import type { Metadata } from "next";
import { Listing } from "@/components/site/listing";
import { PopularLists } from "@/components/site/popular-lists";
import { getPopular } from "@/lib/content/popular";
import { getSectionPage } from "@/lib/content/articles";
import { sectionPath } from "@/lib/content/article-view";
import { currentMessages } from "@/lib/i18n/server";
import { listingMetadata } from "@/lib/seo/page-metadata";
import { shareSite } from "@/lib/seo/share-site";
import { isListingCursor } from "./cursor";
import { Missing, missingMetadata } from "./missing";
import { fill } from "@/lib/i18n/fill";

// Null when the address names nothing: the page then answers 404 with the site's notice.
async function load(slug: string, before: string | undefined) {
  return isListingCursor(before) ? getSectionPage(slug, before) : null;
}

export async function sectionMetadata(slug: string, before?: string): Promise<Metadata> {
  const [page, messages] = await Promise.all([load(slug, before), currentMessages()]);
  if (!page) return missingMetadata();
  const { section } = page;
  return listingMetadata(
    await shareSite(),
    sectionPath(section.slug),
    section.name,
    section.description ?? fill(messages.listings.sectionDescription, { name: section.name }),
  );
}

export async function SectionListing({ slug, before }: { slug: string; before?: string }) {
  const [found, messages] = await Promise.all([load(slug, before), currentMessages()]);
  if (!found) return <Missing />;
  const { section, ...page } = found;
  // 热门 of the section on its first page only: older pages are an archive.
  const popular = before === undefined ? await getPopular(section.id) : null;
  const hasPopular = !!popular && (popular.day.length > 0 || popular.week.length > 0);
  return (
    <Listing
      kind={messages.listings.section}
      title={section.name}
      intro={section.description}
      path={sectionPath(section.slug)}
      isFirst={before === undefined}
      aside={hasPopular && <PopularLists lists={popular} m={messages.views.popular} />}
      {...page}
    />
  );
}
