// The texts of an article the sensitive-word check reads, each with its place: headlines, summary,
// each body block, each body image's alt text, caption and credit, the cover's, and credited names.
// The body is walked as plain JSON, so block types added later are read too.
import type { TextSegment } from "./matcher";

export interface CheckedArticle {
  kicker: string | null;
  title: string;
  subtitle: string | null;
  summary: string | null;
  body: unknown;
  credits: ReadonlyArray<{ name: string }>;
  cover?: { alt: string; caption: string | null; credit: string | null } | null;
}

type JsonNode = { type?: unknown; text?: unknown; attrs?: unknown; content?: unknown };

const isNode = (value: unknown): value is JsonNode => typeof value === "object" && value !== null;

/** The text of a node and all that it holds; images and other attribute-carrying nodes are read apart. */
function nodeText(node: JsonNode, images: Array<Record<string, unknown>>): string {
  if (node.type === "text" && typeof node.text === "string") return node.text;
  if (node.type === "image" && isNode(node.attrs)) {
    images.push(node.attrs as Record<string, unknown>);
    return "";
  }
  if (node.type === "hardBreak") return "\n";
  const children = Array.isArray(node.content) ? node.content.filter(isNode) : [];
  const parts = children.map((child) => nodeText(child, images));
  return parts.join(children.every((child) => child.type === "text" || child.type === "hardBreak") ? "" : "\n");
}

const attrText = (attrs: Record<string, unknown>, key: string) =>
  typeof attrs[key] === "string" ? (attrs[key] as string) : "";

export function articleTextSegments(article: CheckedArticle): TextSegment[] {
  const segments: TextSegment[] = [];
  const add = (segment: TextSegment) => {
    if (segment.text.trim() !== "") segments.push(segment);
  };
  add({ place: { field: "kicker" }, text: article.kicker ?? "" });
  add({ place: { field: "title" }, text: article.title });
  add({ place: { field: "subtitle" }, text: article.subtitle ?? "" });
  add({ place: { field: "summary" }, text: article.summary ?? "" });

  const images: Array<Record<string, unknown>> = [];
  const blocks = isNode(article.body) && Array.isArray(article.body.content) ? article.body.content : [];
  blocks.filter(isNode).forEach((block, index) => {
    add({ place: { field: "body", n: index + 1 }, text: nodeText(block, images) });
  });
  images.forEach((attrs, index) => {
    add({ place: { field: "alt", n: index + 1 }, text: attrText(attrs, "alt") });
    add({ place: { field: "caption", n: index + 1 }, text: attrText(attrs, "caption") });
    add({ place: { field: "imageCredit", n: index + 1 }, text: attrText(attrs, "credit") });
  });
  if (article.cover) {
    add({ place: { field: "coverAlt" }, text: article.cover.alt });
    add({ place: { field: "coverCaption" }, text: article.cover.caption ?? "" });
    add({ place: { field: "coverCredit" }, text: article.cover.credit ?? "" });
  }
  article.credits.forEach((credit, index) => add({ place: { field: "credit", n: index + 1 }, text: credit.name }));
  return segments;
}
