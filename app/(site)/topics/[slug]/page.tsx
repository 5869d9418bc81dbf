import { TopicListing, topicMetadata } from "@/app/(site)/_listings/topic";

// Rendered at the first request, then served from the cache until a write expires it.
export const generateStaticParams = (): Array<{ slug: string }> => [];
export const revalidate = 3600;

export async function generateMetadata({ params }: PageProps<"/topics/[slug]">) {
  return topicMetadata((await params).slug);
}

export default async function Page({ params }: PageProps<"/topics/[slug]">) {
  return <TopicListing slug={(await params).slug} />;
}
