import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ListingPage } from "@/components/site/listing-page";
import { getSiteSettings, getTagPage } from "@/lib/content/articles";
import { env } from "@/lib/env";

async function load(params: Promise<{ slug: string }>) {
  const page = await getTagPage(decodeURIComponent((await params).slug));
  if (!page) notFound();
  return page;
}

export async function generateMetadata({ params }: PageProps<"/tags/[slug]">): Promise<Metadata> {
  return { title: `标签:${(await load(params)).tag.name}` };
}

export default async function TagPage({ params }: PageProps<"/tags/[slug]">) {
  const [{ tag, articles }, settings] = await Promise.all([load(params), getSiteSettings()]);
  return (
    <ListingPage
      kind="标签"
      title={tag.name}
      articles={articles}
      timeZone={env.timeZone}
      bylineStyle={settings.bylineStyle}
    />
  );
}
