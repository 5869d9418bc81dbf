import { TopicListing, topicMetadata } from "@/app/(site)/_listings/topic";

// Further pages (`?before=…`, rewritten here by next.config.js), each cached on its own.
export const generateStaticParams = (): Array<{ slug: string; before: string }> => [];
export const revalidate = 3600;

export async function generateMetadata({ params }: PageProps<"/topics/[slug]/before/[before]">) {
  const { slug, before } = await params;
  return topicMetadata(slug, before);
}

export default async function Page({ params }: PageProps<"/topics/[slug]/before/[before]">) {
  const { slug, before } = await params;
  return <TopicListing slug={slug} before={before} />;
}
