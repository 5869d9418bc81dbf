// schema.org CollectionPage for a topic page (https://schema.org/CollectionPage): the topic, and its
// articles on this page in the editor's order as an ItemList.
import { articlePath } from "@/lib/content/article-view";
import type { ArticleCard } from "@/lib/content/cards";
import { topicPath, type PublicTopic } from "@/lib/content/topic-queries";

interface Site {
  url: string;
  name: string;
}

const absolute = (site: Site, url: string) => (url.startsWith("/") ? `${site.url}${url}` : url);

export function topicCollectionJsonLd(
  site: Site,
  topic: PublicTopic,
  articles: readonly ArticleCard[],
  firstPosition = 1,
): Record<string, unknown> {
  const url = `${site.url}${topicPath(topic.slug)}`;
  return {
    "@context": "https://schema.org",
    "@type": "CollectionPage",
    "@id": url,
    url,
    name: topic.title,
    ...(topic.description ? { description: topic.description } : {}),
    inLanguage: "zh-CN",
    dateModified: topic.updatedAt,
    isPartOf: { "@type": "WebSite", name: site.name, url: `${site.url}/` },
    ...(topic.cover ? { image: absolute(site, topic.cover.large.url) } : {}),
    mainEntity: {
      "@type": "ItemList",
      itemListOrder: "https://schema.org/ItemListUnordered",
      numberOfItems: articles.length,
      itemListElement: articles.map((article, index) => ({
        "@type": "ListItem",
        position: firstPosition + index,
        url: `${site.url}${articlePath(article.id)}`,
        name: article.title,
      })),
    },
  };
}
