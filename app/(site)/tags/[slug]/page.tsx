import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cursorOf, Listing } from "@/components/site/listing";
import { getTagPage } from "@/lib/content/articles";
import { tagPath } from "@/lib/content/article-view";
import { currentMessages } from "@/lib/i18n/server";
import { listingMetadata } from "@/lib/seo/page-metadata";

type Props = PageProps<"/tags/[slug]">;

async function load({ params, searchParams }: Props) {
  const cursor = await cursorOf(searchParams);
  const page = await getTagPage(decodeURIComponent((await params).slug), cursor);
  if (!page) notFound();
  return { ...page, isFirst: cursor === undefined };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const [{ tag }, messages] = await Promise.all([load(props), currentMessages()]);
  const m = messages.listings;
  return listingMetadata(tagPath(tag.slug), m.tagTitle(tag.name), m.tagDescription(tag.name));
}

export default async function TagPage(props: Props) {
  const [{ tag, ...page }, messages] = await Promise.all([load(props), currentMessages()]);
  return <Listing kind={messages.listings.tag} title={tag.name} path={tagPath(tag.slug)} {...page} />;
}
