// Sections, tags, people and topics as the API gives them, each with its public page's address.
import type { ApiPersonRow } from "@/lib/content/api-queries";
import { personPath, sectionPath, tagPath } from "@/lib/content/article-view";
import { topicPath, type PublicTopic } from "@/lib/content/topic-queries";
import { absoluteUrl } from "@/lib/media/urls";
import { toApiImage } from "@/lib/api/shape/image";
import { isoWithOffset } from "@/lib/newsroom/time";

export const toApiSection = (
  section: { id: number; slug: string; name: string; description: string | null },
  siteUrl: string,
) => ({ ...section, url: absoluteUrl(sectionPath(section.slug), siteUrl) });

export const toApiTag = (tag: { id: number; slug: string; name: string }, siteUrl: string) => ({
  ...tag,
  url: absoluteUrl(tagPath(tag.slug), siteUrl),
});

export const toApiPerson = (person: ApiPersonRow, siteUrl: string) => ({
  ...person,
  url: absoluteUrl(personPath(person.id), siteUrl),
});

export const toApiTopic = (topic: PublicTopic, siteUrl: string, timeZone: string) => ({
  id: topic.id,
  slug: topic.slug,
  title: topic.title,
  description: topic.description,
  url: absoluteUrl(topicPath(topic.slug), siteUrl),
  cover: topic.cover && toApiImage(topic.cover, siteUrl),
  updatedAt: isoWithOffset(topic.updatedAt, timeZone),
});
