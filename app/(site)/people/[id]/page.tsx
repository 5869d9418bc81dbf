import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleList } from "@/components/site/article-list";
import { OlderLink } from "@/components/site/older-link";
import { PageHeading } from "@/components/site/page-heading";
import { getPersonPage, getSiteSettings } from "@/lib/content/articles";
import { personPath } from "@/lib/content/article-view";
import { env } from "@/lib/env";
import { currentMessages } from "@/lib/i18n/server";
import { listingMetadata } from "@/lib/seo/page-metadata";

type Props = PageProps<"/people/[id]">;

async function load({ params, searchParams }: Props) {
  const { id } = await params;
  const before = (await searchParams).before;
  const page = /^[1-9]\d{0,15}$/.test(id)
    ? await getPersonPage(Number(id), typeof before === "string" ? before : undefined)
    : null;
  if (!page) notFound();
  return { ...page, isFirst: typeof before !== "string" };
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
  const [{ person, articles, next, isFirst }, settings, messages] = await Promise.all([
    load(props),
    getSiteSettings(),
    currentMessages(),
  ]);
  const path = personPath(person.id);
  return (
    <div className="mx-auto max-w-5xl px-4 py-8">
      <PageHeading
        kind={messages.listings.person}
        title={person.name}
        feedPath={path}
        intro={
          <>
            {person.affiliation && <p>{person.affiliation}</p>}
            {person.bio && <p className="mt-2">{person.bio}</p>}
          </>
        }
      />
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
