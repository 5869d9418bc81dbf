// The images of an article body, for the publish check (alt text) and for looking up their library
// records before rendering. Images may sit inside quotes and list items, so both walk the whole tree.
import type { BodyBlock, BodyDoc, BodyImage, BodyListItem } from "@/lib/newsroom/body";

/** Every image of a body, in reading order. */
export function bodyImages(doc: BodyDoc): BodyImage[] {
  const found: BodyImage[] = [];
  const walk = (nodes: ReadonlyArray<BodyBlock | BodyListItem>) => {
    for (const node of nodes) {
      if (node.type === "image") found.push(node);
      else if (
        "content" in node &&
        Array.isArray(node.content) &&
        node.type !== "paragraph" &&
        node.type !== "heading"
      ) {
        walk(node.content as Array<BodyBlock | BodyListItem>);
      }
    }
  };
  walk(doc.content);
  return found;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

/**
 * The media ids a stored body refers to, read without validating it (lists of articles need only the
 * ids, and validation happens when each body is read for rendering).
 */
export function mediaIdsIn(body: unknown, into: Set<number> = new Set()): Set<number> {
  if (Array.isArray(body)) {
    for (const child of body) mediaIdsIn(child, into);
  } else if (isRecord(body)) {
    const attrs = body.attrs;
    if (body.type === "image" && isRecord(attrs) && Number.isSafeInteger(attrs.mediaId) && Number(attrs.mediaId) > 0) {
      into.add(Number(attrs.mediaId));
    }
    if (Array.isArray(body.content)) mediaIdsIn(body.content, into);
  }
  return into;
}

/** A name for an image in a message: its file name, else the last part of its address. */
export function imageName(image: { originalName?: string | null; src?: string; id?: number }): string {
  if (image.originalName) return image.originalName;
  const tail = image.src?.split(/[?#]/)[0]?.split("/").pop();
  return tail || `#${image.id ?? "?"}`;
}
