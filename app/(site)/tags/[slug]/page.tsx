import { TagListing, tagMetadata } from "@/app/(site)/_listings/tag";

// Rendered at the first request, then served from the cache until a write expires it.
export const generateStaticParams = (): Array<{ slug: string }> => [];
export const revalidate = 3600;

export async function generateMetadata({ params }: PageProps<"/tags/[slug]">) {
  return tagMetadata((await params).slug);
}

export default async function Page({ params }: PageProps<"/tags/[slug]">) {
  return <TagListing slug={(await params).slug} />;
}
