import { TagListing, tagMetadata } from "@/app/(site)/_listings/tag";

// Older pages (`?before=…`, rewritten here by next.config.js), each cached on its own.
export const generateStaticParams = (): Array<{ slug: string; before: string }> => [];
export const revalidate = 3600;

export async function generateMetadata({ params }: PageProps<"/tags/[slug]/before/[before]">) {
  const { slug, before } = await params;
  return tagMetadata(slug, before);
}

export default async function Page({ params }: PageProps<"/tags/[slug]/before/[before]">) {
  const { slug, before } = await params;
  return <TagListing slug={slug} before={before} />;
}
