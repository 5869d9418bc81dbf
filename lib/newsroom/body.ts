// An article body is a ProseMirror-shaped document (the shape Tiptap reads and writes), stored as JSON.
// This module is its public face: the schema that validates it (body/schema.ts), the reduction of raw
// editor JSON to that schema (body/normalize.ts), the plain-text views (body/text.ts) and the allow-list
// HTML renderer (body/html.ts). Nothing else should turn a body into HTML.
import { bodyDocSchema, type BodyDoc } from "./body/schema";

export {
  bodyDocSchema,
  emptyDoc,
  headingBlock,
  paragraphBlock,
  LIMITS as BODY_LIMITS,
  type BodyBlock,
  type BodyBlockquote,
  type BodyBulletList,
  type BodyDoc,
  type BodyFactBox,
  type BodyHardBreak,
  type BodyHeading,
  type BodyHorizontalRule,
  type BodyImage,
  type BodyImageAttrs,
  type BodyInline,
  type BodyListItem,
  type BodyMark,
  type BodyOrderedList,
  type BodyParagraph,
  type BodyPullQuote,
  type BodyTable,
  type BodyTableCell,
  type BodyTableRow,
  type BodyText,
  type BodyVideo,
} from "./body/schema";
export { checkEditorJson, normalizeEditorJson, type EditorJsonCheck } from "./body/normalize";
export { blockText, bodyPlainText, bodyWordCount, countWords, docToText, textToDoc } from "./body/text";
export {
  CREDIT_LABEL,
  docToHtml,
  escapeHtml,
  photoCreditText,
  type BodyRenderLabels,
  type HtmlOptions,
  type ResolvedImage,
} from "./body/html";
export {
  isVideoProvider,
  isVideoRef,
  parseVideoInput,
  VIDEO_FRAME_ORIGINS,
  VIDEO_PROVIDER_KEYS,
  VIDEO_PROVIDERS,
  type VideoInputError,
  type VideoParse,
  type VideoProvider,
  type VideoRef,
} from "./body/video";
export { describeBodyError } from "./body/errors";
export { isExternalHref, isSafeHref, isSafeImageSrc } from "./body/urls";

/** Reads a stored body; a document that does not validate is an error, never rendered raw. */
export function parseStoredBody(value: unknown): BodyDoc {
  return bodyDocSchema.parse(value);
}
