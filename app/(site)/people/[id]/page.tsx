import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ListingPage } from "@/components/site/listing-page";
import { getPersonPage, getSiteSettings } from "@/lib/content/articles";
import { env } from "@/lib/env";

async function load(params: Promise<{ id: string }>) {
  const { id } = await params;
  const page = /^[1-9]\d{0,15}$/.test(id) ? await getPersonPage(Number(id)) : null;
  if (!page) notFound();
  return page;
}

export async function generateMetadata({ params }: PageProps<"/people/[id]">): Promise<Metadata> {
  const { person } = await load(params);
  return { title: person.name, description: person.bio ?? undefined };
}

export default async function PersonPage({ params }: PageProps<"/people/[id]">) {
  const [{ person, articles }, settings] = await Promise.all([load(params), getSiteSettings()]);
  return (
    <ListingPage
      kind="作者"
      title={person.name}
      intro={
        <>
          {person.affiliation && <p>{person.affiliation}</p>}
          {person.bio && <p className="mt-2">{person.bio}</p>}
        </>
      }
      articles={articles}
      timeZone={env.timeZone}
      bylineStyle={settings.bylineStyle}
    />
  );
}
