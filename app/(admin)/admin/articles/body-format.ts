import { docToText, type BodyDoc } from "@/lib/newsroom/body";

/** How the editor's body field carries the document: must match BodyField. */
export const BODY_FORMAT = "text" as const;

export function bodyFieldValue(doc: BodyDoc): string {
  return BODY_FORMAT === "text" ? docToText(doc) : JSON.stringify(doc);
}
