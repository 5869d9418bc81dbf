import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ListingPage } from "@/components/site/listing-page";
import { getSectionPage, getSiteSettings } from "@/lib/content/articles";
import { env } from "@/lib/env";

async function load(params: Promise<{ slug: string }>) {
  const page = await getSectionPage(decodeURIComponent((await params).slug));
  if (!page) notFound();
  return page;
}

export async function generateMetadata({ params }: PageProps<"/sections/[slug]">): Promise<Metadata> {
  const { section } = await load(params);
  return { title: section.name, description: section.description ?? undefined };
}

export default async function SectionPage({ params }: PageProps<"/sections/[slug]">) {
  const [{ section, articles }, settings] = await Promise.all([load(params), getSiteSettings()]);
  return (
    <ListingPage
      kind="栏目"
      title={section.name}
      intro={section.description}
      articles={articles}
      timeZone={env.timeZone}
      bylineStyle={settings.bylineStyle}
    />
  );
}
