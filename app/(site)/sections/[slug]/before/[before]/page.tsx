import { SectionListing, sectionMetadata } from "@/app/(site)/_listings/section";

// Older pages (`?before=…`, rewritten here by next.config.js), each cached on its own.
export const generateStaticParams = (): Array<{ slug: string; before: string }> => [];
export const revalidate = 3600;

export async function generateMetadata({ params }: PageProps<"/sections/[slug]/before/[before]">) {
  const { slug, before } = await params;
  return sectionMetadata(slug, before);
}

export default async function Page({ params }: PageProps<"/sections/[slug]/before/[before]">) {
  const { slug, before } = await params;
  return <SectionListing slug={slug} before={before} />;
}
