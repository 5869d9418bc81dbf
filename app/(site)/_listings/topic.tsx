import { fill } from "@/lib/i18n/fill";
import type { Metadata } from "next";
import { Listing } from "@/components/site/listing";
import { ResponsiveImage } from "@/components/site/responsive-image";
import { decodeTopicCursor, topicPath } from "@/lib/content/topic-queries";
import { getTopicPage } from "@/lib/content/topics";
import { env } from "@/lib/env";
import { currentMessages } from "@/lib/i18n/server";
import { SIZES } from "@/lib/media/variants";
import { jsonLdScript } from "@/lib/seo/json-ld";
import { listingMetadata } from "@/lib/seo/page-metadata";
import { shareSite } from "@/lib/seo/share-site";
import { topicCollectionJsonLd } from "@/lib/seo/topic-json-ld";
import { Missing, missingMetadata } from "./missing";

// Null when the address names nothing (no such topic, or a cursor that names no position): a 404.
async function load(slug: string, before: string | undefined) {
  return before === undefined || decodeTopicCursor(before) !== null ? getTopicPage(slug, before) : null;
}

export async function topicMetadata(slug: string, before?: string): Promise<Metadata> {
  const [page, messages] = await Promise.all([load(slug, before), currentMessages()]);
  if (!page) return missingMetadata();
  const { topic } = page;
  return listingMetadata(
    await shareSite(),
    topicPath(topic.slug),
    topic.title,
    topic.description ?? fill(messages.topics.description, { title: topic.title }),
  );
}

export async function TopicListing({ slug, before }: { slug: string; before?: string }) {
  const [found, messages] = await Promise.all([load(slug, before), currentMessages()]);
  if (!found) return <Missing />;
  const { topic, ...page } = found;
  const jsonLd = topicCollectionJsonLd({ url: env.siteUrl, name: env.siteName }, topic, page.articles);
  const intro = (topic.description || topic.cover) && (
    <>
      {topic.cover && (
        <ResponsiveImage image={topic.cover} sizes={SIZES.article} priority className="mb-3 h-auto w-full" />
      )}
      {topic.description && <p>{topic.description}</p>}
    </>
  );
  return (
    <>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdScript(jsonLd) }} />
      <Listing
        kind={messages.topics.kind}
        title={topic.title}
        intro={intro || undefined}
        path={topicPath(topic.slug)}
        isFirst={before === undefined}
        {...page}
      />
    </>
  );
}
