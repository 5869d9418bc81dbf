// The stored shape of an article body: a ProseMirror document using the node and mark names Tiptap 3's
// StarterKit and Image extensions write, minus every attribute we do not keep. Every object is strict,
// so a node type, mark or attribute outside this file is a validation error rather than something a
// renderer might pass through.
import { z } from "zod";
import { isSafeHref, isSafeImageSrc, MAX_URL_LENGTH } from "./urls";

export const LIMITS = {
  alt: 1000,
  caption: 2000,
  credit: 500,
  // Larger than any real image; the bound only keeps absurd numbers out of the HTML.
  dimension: 100_000,
  listStart: 1_000_000,
} as const;

// Object types rather than interfaces throughout: only type aliases get the implicit index signature that
// lets a body be passed where Prisma expects a JSON value.
export type BodyMark = { type: "bold" } | { type: "italic" } | { type: "link"; attrs: { href: string } };

export type BodyText = {
  type: "text";
  text: string;
  marks?: BodyMark[];
};

export type BodyHardBreak = {
  type: "hardBreak";
  // Never present. Declared so code that maps inline nodes to `.text` (feed summaries) still type-checks:
  // a break contributes no text.
  text?: never;
};

export type BodyInline = BodyText | BodyHardBreak;

export type BodyParagraph = {
  type: "paragraph";
  content?: BodyInline[];
};

export type BodyHeading = {
  type: "heading";
  attrs: { level: 2 | 3 };
  content?: BodyInline[];
};

export type BodyBlockquote = {
  type: "blockquote";
  content: BodyBlock[];
};

export type BodyListItem = {
  type: "listItem";
  /** Starts with a paragraph, as Tiptap's list item requires. */
  content: BodyBlock[];
};

export type BodyBulletList = {
  type: "bulletList";
  content: BodyListItem[];
};

export type BodyOrderedList = {
  type: "orderedList";
  attrs?: { start?: number };
  content: BodyListItem[];
};

export type BodyHorizontalRule = {
  type: "horizontalRule";
};

export type BodyImageAttrs = {
  /** The media-library record, once there is one; images pasted by URL have none. */
  mediaId?: number | null;
  src: string;
  alt: string;
  caption?: string;
  credit?: string;
  width?: number;
  height?: number;
};

export type BodyImage = {
  type: "image";
  attrs: BodyImageAttrs;
};

export type BodyBlock =
  | BodyParagraph
  | BodyHeading
  | BodyBlockquote
  | BodyBulletList
  | BodyOrderedList
  | BodyHorizontalRule
  | BodyImage;

export type BodyDoc = {
  type: "doc";
  content: BodyBlock[];
};

// The messages below name the stored format's invariants for logs and tests; staff never read them (a
// body that breaks one is refused as unreadable, in the interface language: article-field-kinds.ts).
const href = z
  .string()
  .max(MAX_URL_LENGTH)
  .refine(isSafeHref, { message: "href: http(s), mailto or a path on this site" });

const imageSrc = z
  .string()
  .max(MAX_URL_LENGTH)
  .refine(isSafeImageSrc, { message: "src: http(s) or a path on this site" });

const mark = z.discriminatedUnion("type", [
  z.object({ type: z.literal("bold") }).strict(),
  z.object({ type: z.literal("italic") }).strict(),
  z.object({ type: z.literal("link"), attrs: z.object({ href }).strict() }).strict(),
]);

const textNode = z
  .object({
    type: z.literal("text"),
    text: z.string().min(1),
    // ProseMirror refuses a node carrying the same mark twice, so the editor could not load it either.
    marks: z
      .array(mark)
      .refine((marks) => new Set(marks.map((m) => m.type)).size === marks.length, { message: "repeated mark" })
      .optional(),
  })
  .strict();

const hardBreak = z.object({ type: z.literal("hardBreak") }).strict();

const inline = z.discriminatedUnion("type", [textNode, hardBreak]);

const dimension = z.number().int().positive().max(LIMITS.dimension);

const imageAttrs = z
  .object({
    mediaId: z.number().int().positive().nullable().optional(),
    src: imageSrc,
    alt: z.string().max(LIMITS.alt),
    caption: z.string().max(LIMITS.caption).optional(),
    credit: z.string().max(LIMITS.credit).optional(),
    width: dimension.optional(),
    height: dimension.optional(),
  })
  .strict();

// Blocks nest (quotes and lists hold blocks), so the union is reached lazily; the annotation also makes
// TypeScript check the schema against the interfaces above.
const block: z.ZodType<BodyBlock> = z.lazy(() => blockUnion);

const listItem = z
  .object({
    type: z.literal("listItem"),
    content: z
      .array(block)
      .min(1)
      .refine((content) => content[0]?.type === "paragraph", { message: "a list item starts with a paragraph" }),
  })
  .strict();

const blockUnion = z.discriminatedUnion("type", [
  z.object({ type: z.literal("paragraph"), content: z.array(inline).optional() }).strict(),
  z
    .object({
      type: z.literal("heading"),
      attrs: z.object({ level: z.union([z.literal(2), z.literal(3)]) }).strict(),
      content: z.array(inline).optional(),
    })
    .strict(),
  z.object({ type: z.literal("blockquote"), content: z.array(block).min(1) }).strict(),
  z.object({ type: z.literal("bulletList"), content: z.array(listItem).min(1) }).strict(),
  z
    .object({
      type: z.literal("orderedList"),
      attrs: z
        .object({ start: z.number().int().min(0).max(LIMITS.listStart).optional() })
        .strict()
        .optional(),
      content: z.array(listItem).min(1),
    })
    .strict(),
  z.object({ type: z.literal("horizontalRule") }).strict(),
  z.object({ type: z.literal("image"), attrs: imageAttrs }).strict(),
]);

export const bodyDocSchema = z.object({ type: z.literal("doc"), content: z.array(block) }).strict();

export const emptyDoc: BodyDoc = { type: "doc", content: [] };

function inlineText(text: string): BodyInline[] | undefined {
  return text === "" ? undefined : [{ type: "text", text }];
}

export function paragraphBlock(text: string): BodyBlock {
  return { type: "paragraph", content: inlineText(text) };
}

export function headingBlock(text: string, level: 2 | 3 = 2): BodyBlock {
  return { type: "heading", attrs: { level }, content: inlineText(text) };
}
