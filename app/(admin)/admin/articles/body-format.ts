import { checkEditorJson, emptyDoc, type BodyDoc } from "@/lib/newsroom/body";

function blocksOf(json: unknown): unknown[] {
  return typeof json === "object" && json !== null && Array.isArray((json as { content?: unknown }).content)
    ? (json as { content: unknown[] }).content
    : [];
}

/**
 * Reads the body field (the document as JSON) back, e.g. to show a refused submission again. A body the
 * schema refuses (a video from a site outside the allow-list, say) shows every block that is still valid,
 * rather than nothing; unreadable input gives an empty body.
 */
export function bodyFromField(value: string): BodyDoc {
  if (value.trim() === "") return emptyDoc;
  let json: unknown;
  try {
    json = JSON.parse(value);
  } catch {
    return emptyDoc;
  }
  const whole = checkEditorJson(json);
  if (whole.ok) return whole.doc;
  const content = blocksOf(json).flatMap((block) => {
    const one = checkEditorJson({ type: "doc", content: [block] });
    return one.ok ? one.doc.content : [];
  });
  return { type: "doc", content };
}
