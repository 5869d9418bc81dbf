import { emptyDoc, normalizeEditorJson, type BodyDoc } from "@/lib/newsroom/body";

/** The editor's body field carries the document as JSON (see BodyField and saveArticleAction). */
export const BODY_FORMAT = "json" as const;

export function bodyFieldValue(doc: BodyDoc): string {
  return JSON.stringify(doc);
}

/** Reads the field back, e.g. to show a refused submission again; unreadable input gives an empty body. */
export function bodyFromField(value: string): BodyDoc {
  if (value.trim() === "") return emptyDoc;
  try {
    return normalizeEditorJson(JSON.parse(value));
  } catch {
    return emptyDoc;
  }
}
