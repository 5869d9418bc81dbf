import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cursorOf, Listing } from "@/components/site/listing";
import { getPersonPage } from "@/lib/content/articles";
import { personPath } from "@/lib/content/article-view";
import { currentMessages } from "@/lib/i18n/server";
import { listingMetadata } from "@/lib/seo/page-metadata";

type Props = PageProps<"/people/[id]">;

async function load({ params, searchParams }: Props) {
  const { id } = await params;
  const cursor = await cursorOf(searchParams);
  const page = /^[1-9]\d{0,15}$/.test(id) ? await getPersonPage(Number(id), cursor) : null;
  if (!page) notFound();
  return { ...page, isFirst: cursor === undefined };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const [{ person }, messages] = await Promise.all([load(props), currentMessages()]);
  return listingMetadata(
    personPath(person.id),
    person.name,
    person.bio ?? messages.listings.personDescription(person.affiliation ?? "", person.name),
  );
}

export default async function PersonPage(props: Props) {
  const [{ person, ...page }, messages] = await Promise.all([load(props), currentMessages()]);
  const intro = (
    <>
      {person.affiliation && <p>{person.affiliation}</p>}
      {person.bio && <p className="mt-2">{person.bio}</p>}
    </>
  );
  return (
    <Listing kind={messages.listings.person} title={person.name} intro={intro} path={personPath(person.id)} {...page} />
  );
}
