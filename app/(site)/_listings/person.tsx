import type { Metadata } from "next";
import { Listing } from "@/components/site/listing";
import { getPersonPage } from "@/lib/content/articles";
import { personPath } from "@/lib/content/article-view";
import { currentMessages } from "@/lib/i18n/server";
import { listingMetadata } from "@/lib/seo/page-metadata";
import { shareSite } from "@/lib/seo/share-site";
import { parseId } from "@/lib/validations/ids";
import { isListingCursor } from "./cursor";
import { Missing, missingMetadata } from "./missing";
import { fill } from "@/lib/i18n/fill";

// Null when the address names nothing: the page then answers 404 with the site's notice.
async function load(rawId: string, before: string | undefined) {
  const id = parseId(rawId);
  return id === null || !isListingCursor(before) ? null : getPersonPage(id, before);
}

export async function personMetadata(id: string, before?: string): Promise<Metadata> {
  const [page, messages] = await Promise.all([load(id, before), currentMessages()]);
  if (!page) return missingMetadata();
  const { person } = page;
  return listingMetadata(
    await shareSite(),
    personPath(person.id),
    person.name,
    person.bio ??
      (person.affiliation
        ? fill(messages.listings.personDescription, { affiliation: person.affiliation, name: person.name })
        : fill(messages.listings.personDescriptionPlain, { name: person.name })),
  );
}

export async function PersonListing({ id, before }: { id: string; before?: string }) {
  const [found, messages] = await Promise.all([load(id, before), currentMessages()]);
  if (!found) return <Missing />;
  const { person, ...page } = found;
  const intro = (
    <>
      {person.affiliation && <p>{person.affiliation}</p>}
      {person.bio && <p className="mt-2">{person.bio}</p>}
    </>
  );
  return (
    <Listing
      kind={messages.listings.person}
      title={person.name}
      intro={intro}
      path={personPath(person.id)}
      isFirst={before === undefined}
      {...page}
    />
  );
}
