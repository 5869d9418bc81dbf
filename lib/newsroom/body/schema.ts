// The stored shape of an article body: a ProseMirror document using the node and mark names Tiptap 3's
// StarterKit and Image extensions write, minus every attribute we do not keep. Every object is strict,
// so a node type, mark or attribute outside this file is a validation error rather than something a
// renderer might pass through.
import { z } from "zod";
import { isSafeHref, isSafeImageSrc, MAX_URL_LENGTH } from "./urls";
import { isVideoRef, VIDEO_PROVIDER_KEYS, type VideoProvider } from "./video";

export const LIMITS = {
  alt: 1000,
  caption: 2000,
  credit: 500,
  // Larger than any real image; the bound only keeps absurd numbers out of the HTML.
  dimension: 100_000,
  listStart: 1_000_000,
  tableRows: 500,
  tableColumns: 30,
  cellSpan: 30,
  videoCaption: 500,
  pullQuoteCite: 200,
  factBoxLabel: 20,
  factBoxTitle: 200,
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

/** A node that holds nothing but its children; the nodes with attributes spell themselves out. */
type BodyParent<Type extends string, Child> = {
  type: Type;
  content: Child[];
};

export type BodyParagraph = {
  type: "paragraph";
  content?: BodyInline[];
};

export type BodyHeading = {
  type: "heading";
  attrs: { level: 2 | 3 };
  content?: BodyInline[];
};

// The nodes that hold blocks are spelled out: TypeScript refuses a generic alias inside the cycle
// through BodyBlock (TS2456).
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

/** A cell holds paragraphs only, so a table stays a grid of text in every place it is shown. */
export type BodyTableCell = {
  /** tableHeader cells are <th>: a first row of them is the table's header row. */
  type: "tableCell" | "tableHeader";
  attrs?: { colspan?: number; rowspan?: number };
  content: BodyParagraph[];
};

export type BodyTableRow = BodyParent<"tableRow", BodyTableCell>;

export type BodyTable = BodyParent<"table", BodyTableRow>;

/** A provider's video by its id (lib/newsroom/body/video.ts); its addresses are built, never stored. */
export type BodyVideo = {
  type: "video";
  attrs: { provider: VideoProvider; id: string; caption?: string };
};

export type BodyPullQuote = {
  type: "pullQuote";
  /** Who said it, printed under the quote. */
  attrs?: { cite?: string };
  content: BodyParagraph[];
};

/** A 资料/背景 box: a short label, an optional title, then paragraphs and lists. */
export type BodyFactBox = {
  type: "factBox";
  attrs: { label: string; title?: string };
  content: Array<BodyParagraph | BodyBulletList | BodyOrderedList>;
};

export type BodyBlock =
  | BodyParagraph
  | BodyHeading
  | BodyBlockquote
  | BodyBulletList
  | BodyOrderedList
  | BodyHorizontalRule
  | BodyImage
  | BodyTable
  | BodyVideo
  | BodyPullQuote
  | BodyFactBox;

export type BodyDoc = BodyParent<"doc", BodyBlock>;

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

const inlineContent = z.array(inline).optional();

const paragraphOf = (type: z.ZodLiteral<"paragraph">) => z.object({ type, content: inlineContent }).strict();

const paragraph = paragraphOf(z.literal("paragraph"));

// Refusals of the richer elements name a rule of bodies-*.ts `errors.rules` (worded with its limit by
// lib/newsroom/body/errors.ts, in the writer's language); the others are invariants for logs and tests.

/** A paragraph where nothing else may stand, refusing anything else with that rule. */
const onlyParagraph = (message: string) => paragraphOf(z.literal("paragraph", { error: message }));

const span = z.number().int().min(1).max(LIMITS.cellSpan);

const tableCell = z
  .object({
    type: z.enum(["tableCell", "tableHeader"], { error: "rowOnlyCells" }),
    attrs: z.object({ colspan: span.optional(), rowspan: span.optional() }).strict().optional(),
    content: z.array(onlyParagraph("cellOnlyParagraphs")).min(1),
  })
  .strict();

const tableRow = z
  .object({
    type: z.literal("tableRow", { error: "tableOnlyRows" }),
    content: z.array(tableCell).min(1).max(LIMITS.tableColumns, { error: "tableColumns" }),
  })
  .strict();

const table = z
  .object({
    type: z.literal("table"),
    content: z.array(tableRow).min(1).max(LIMITS.tableRows, { error: "tableRows" }),
  })
  .strict();

const video = z
  .object({
    type: z.literal("video"),
    attrs: z
      .object({
        provider: z.enum(VIDEO_PROVIDER_KEYS, { error: "videoProvider" }),
        id: z.string(),
        caption: z.string().max(LIMITS.videoCaption, { error: "videoCaption" }).optional(),
      })
      .strict()
      .refine((attrs) => isVideoRef(attrs.provider, attrs.id), { message: "videoId", path: ["id"] }),
  })
  .strict();

const pullQuote = z
  .object({
    type: z.literal("pullQuote"),
    attrs: z
      .object({
        cite: z.string().max(LIMITS.pullQuoteCite, { error: "pullQuoteCite" }).optional(),
      })
      .strict()
      .optional(),
    content: z.array(onlyParagraph("pullQuoteOnlyParagraphs")).min(1),
  })
  .strict();

const factBoxBlock: z.ZodType<BodyParagraph | BodyBulletList | BodyOrderedList> = z.lazy(() =>
  z.discriminatedUnion("type", [paragraph, bulletList, orderedList], { error: "factBoxBlocks" }),
);

const factBox = z
  .object({
    type: z.literal("factBox"),
    attrs: z
      .object({
        label: z
          .string()
          .trim()
          .min(1, { error: "factBoxLabelRequired" })
          .max(LIMITS.factBoxLabel, { error: "factBoxLabel" }),
        title: z.string().max(LIMITS.factBoxTitle, { error: "factBoxTitle" }).optional(),
      })
      .strict(),
    content: z.array(factBoxBlock).min(1),
  })
  .strict();

const bulletList = z.object({ type: z.literal("bulletList"), content: z.array(listItem).min(1) }).strict();

const orderedList = z
  .object({
    type: z.literal("orderedList"),
    attrs: z
      .object({ start: z.number().int().min(0).max(LIMITS.listStart).optional() })
      .strict()
      .optional(),
    content: z.array(listItem).min(1),
  })
  .strict();

const blockUnion = z.discriminatedUnion(
  "type",
  [
    paragraph,
    z
      .object({
        type: z.literal("heading"),
        attrs: z.object({ level: z.union([z.literal(2), z.literal(3)]) }).strict(),
        content: inlineContent,
      })
      .strict(),
    z.object({ type: z.literal("blockquote"), content: z.array(block).min(1) }).strict(),
    bulletList,
    orderedList,
    z.object({ type: z.literal("horizontalRule") }).strict(),
    z.object({ type: z.literal("image"), attrs: imageAttrs }).strict(),
    table,
    video,
    pullQuote,
    factBox,
  ],
  { error: (issue) => (issue.code === "invalid_union" ? "unsupportedElement" : undefined) },
);

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
