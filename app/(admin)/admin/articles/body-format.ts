import { emptyDoc, normalizeEditorJson, type BodyDoc } from "@/lib/newsroom/body";

/**
 * Reads the body field (the document as JSON) back, e.g. to show a refused submission again;
 * unreadable input gives an empty body.
 */
export function bodyFromField(value: string): BodyDoc {
  if (value.trim() === "") return emptyDoc;
  try {
    return normalizeEditorJson(JSON.parse(value));
  } catch {
    return emptyDoc;
  }
}
