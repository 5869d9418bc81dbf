import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Listing } from "@/components/site/listing";
import { getPersonPage } from "@/lib/content/articles";
import { personPath } from "@/lib/content/article-view";
import { currentMessages } from "@/lib/i18n/server";
import { listingMetadata } from "@/lib/seo/page-metadata";
import { parseId } from "@/lib/validations/ids";
import { listingCursor } from "./cursor";

async function load(rawId: string, before: string | undefined) {
  const id = parseId(rawId);
  const page = id === null ? null : await getPersonPage(id, listingCursor(before));
  if (!page) notFound();
  return page;
}

export async function personMetadata(id: string, before?: string): Promise<Metadata> {
  const [{ person }, messages] = await Promise.all([load(id, before), currentMessages()]);
  return listingMetadata(
    personPath(person.id),
    person.name,
    person.bio ?? messages.listings.personDescription(person.affiliation ?? "", person.name),
  );
}

export async function PersonListing({ id, before }: { id: string; before?: string }) {
  const [{ person, ...page }, messages] = await Promise.all([load(id, before), currentMessages()]);
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
