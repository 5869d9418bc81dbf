import { SectionListing, sectionMetadata } from "@/app/(site)/_listings/section";

// Rendered at the first request, then served from the cache until a write expires it.
export const generateStaticParams = (): Array<{ slug: string }> => [];
export const revalidate = 3600;

export async function generateMetadata({ params }: PageProps<"/sections/[slug]">) {
  return sectionMetadata((await params).slug);
}

export default async function Page({ params }: PageProps<"/sections/[slug]">) {
  return <SectionListing slug={(await params).slug} />;
}
