// components.schemas of the OpenAPI document: one schema per shape the API answers with (lib/api/shape/).
// Objects are closed (additionalProperties: false), so the test that validates real answers against
// them fails when a field is added to an answer and not described here.
import { MAX_LIMIT } from "@/lib/api/params";

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const nullable = (schema: Record<string, unknown>) => ({ oneOf: [schema, { type: "null" }] });
const text = { type: "string" } as const;
const textOrNull = { type: ["string", "null"] } as const;
const id = { type: "integer", minimum: 1, maximum: 2_147_483_647 } as const;
const url = { type: "string", format: "uri" } as const;
const dateTime = {
  type: "string",
  format: "date-time",
  description: "RFC 3339 with the site's offset, e.g. 2022-08-05T13:48:00+08:00.",
} as const;

function object(properties: Record<string, unknown>, description?: string) {
  return {
    type: "object",
    ...(description ? { description } : {}),
    properties,
    required: Object.keys(properties),
    additionalProperties: false,
  };
}

/** A list's envelope; `paged: false` for a list that is always whole (the sections: the site's navigation). */
function list(item: string, description: string, { paged = true } = {}) {
  return object(
    {
      data: { type: "array", items: ref(item), ...(paged ? { maxItems: MAX_LIMIT } : {}) },
      nextCursor: { ...textOrNull, description: "Pass as `cursor` for the next page; null on the last page." },
      next: { type: ["string", "null"], format: "uri", description: "The next page's address, or null." },
    },
    description,
  );
}

/** A topic in a list and a topic asked for alone say the same of it; alone it also brings its articles. */
const topicFields = {
  id,
  slug: text,
  title: text,
  description: textOrNull,
  url,
  cover: nullable(ref("Image")),
  updatedAt: dateTime,
};

export const schemas = {
  Problem: {
    type: "object",
    description: "Problem details (RFC 9457), served as application/problem+json.",
    properties: {
      type: {
        type: "string",
        format: "uri",
        description: "A URN naming the problem, e.g. urn:masthead:problem:bad-request.",
      },
      title: text,
      status: { type: "integer", enum: [400, 401, 404, 410, 429] },
      detail: text,
      instance: { type: "string", description: "The path asked for." },
      code: { type: "string", enum: ["bad_request", "unauthorized", "not_found", "gone", "rate_limited"] },
      invalidParams: { type: "array", minItems: 1, items: ref("InvalidParam") },
      retraction: ref("Retraction"),
    },
    required: ["type", "title", "status", "detail", "instance", "code"],
    additionalProperties: false,
  },
  InvalidParam: object({ name: text, reason: text }),
  Retraction: object(
    { id, title: text, note: textOrNull, retractedAt: dateTime },
    "The notice of a retracted article (410).",
  ),
  ImageVariant: object({ url, width: { type: "integer", minimum: 1 }, height: { type: "integer", minimum: 1 } }),
  Image: object(
    {
      id,
      url: { ...url, description: "A copy about 960 px wide." },
      width: { type: "integer", minimum: 1 },
      height: { type: "integer", minimum: 1 },
      alt: text,
      caption: textOrNull,
      credit: textOrNull,
      variants: { type: "array", items: ref("ImageVariant"), description: "Every resized copy, smallest first." },
    },
    "A library image with its resized copies.",
  ),
  Credit: object(
    {
      position: { type: "integer", minimum: 1, description: "Order of the credit, from 1." },
      role: object({
        key: { type: "string", description: "REPORTER, CORRESPONDENT, EDITOR, … or a role admins added." },
        name: { type: "string", description: "The role's Chinese name, as bylines print it." },
        nameEn: text,
        placement: { type: "string", enum: ["byline", "closing"] },
      }),
      person: object({ id, name: text, url }),
      affiliation: {
        ...textOrNull,
        description: "The person's affiliation for this article (a newspaper, an agency).",
      },
    },
    "One person credited in one role.",
  ),
  Byline: object(
    {
      text: {
        ...textOrNull,
        description: "The byline in the house style chosen in the site's settings.",
      },
      closing: { ...textOrNull, description: "The closing line (editors), in the same style." },
    },
    "The credits as the site prints them.",
  ),
  SectionRef: object({ slug: text, name: text, url }),
  TagRef: object({ slug: text, name: text, url }),
  TopicRef: object({ id, slug: text, title: text, url }),
  Correction: object({ kind: { type: "string", enum: ["CORRECTION", "UPDATE"] }, text, at: dateTime }),
  Reprint: object(
    { author: textOrNull, title: textOrNull, url: textOrNull },
    "Where a reprinted story first appeared.",
  ),
  ArticleSummary: object(
    {
      id,
      url: { ...url, description: "The canonical address of the article's page." },
      kicker: textOrNull,
      title: text,
      summary: textOrNull,
      source: textOrNull,
      publishedAt: dateTime,
      section: nullable(ref("SectionRef")),
      credits: { type: "array", items: ref("Credit") },
      byline: ref("Byline"),
      cover: nullable(ref("Image")),
    },
    "An article as lists show it (a topic's articles).",
  ),
  Article: object(
    {
      id,
      url: { ...url, description: "The canonical address of the article's page." },
      kicker: textOrNull,
      title: text,
      subtitle: textOrNull,
      summary: textOrNull,
      source: textOrNull,
      sourceUrl: textOrNull,
      reprint: nullable(ref("Reprint")),
      publishedAt: dateTime,
      modifiedAt: dateTime,
      section: nullable(ref("SectionRef")),
      tags: { type: "array", items: ref("TagRef") },
      topics: { type: "array", items: ref("TopicRef") },
      credits: { type: "array", items: ref("Credit") },
      byline: ref("Byline"),
      cover: nullable(ref("Image")),
      body: object({
        document: ref("BodyDocument"),
        html: { type: "string", description: "Sanitised HTML from the site's own body renderer." },
      }),
      corrections: { type: "array", items: ref("Correction") },
    },
    "A published article, whole.",
  ),
  Section: object({ id, slug: text, name: text, description: textOrNull, url }),
  Tag: object({ id, slug: text, name: text, url }),
  Person: object(
    { id, name: text, affiliation: textOrNull, bio: textOrNull, url },
    "Someone credited on a published article.",
  ),
  Topic: object(topicFields),
  TopicWithArticles: object({ ...topicFields, articles: ref("ArticleSummaryList") }),
  ArticleList: list("Article", "A page of articles, newest first."),
  ArticleSummaryList: list("ArticleSummary", "A page of a topic's articles, in the editors' order."),
  SectionList: list("Section", "Every section, in the site's order (one page).", { paged: false }),
  TagList: list("Tag", "A page of tags carried by published articles, in id order."),
  PersonList: list("Person", "A page of people credited on published articles, in id order."),
  TopicList: list("Topic", "A page of topics that show published articles, in id order."),
};
