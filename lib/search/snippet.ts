// A short extract around the first match, split into plain and highlighted pieces (rendered by React,
// so nothing here is HTML).

export interface SnippetPart {
  text: string;
  hit: boolean;
}

const CONTEXT = 60;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

export function highlight(text: string, terms: readonly string[]): SnippetPart[] {
  const usable = terms.filter(Boolean).sort((a, b) => b.length - a.length);
  if (usable.length === 0) return [{ text, hit: false }];
  const pattern = new RegExp(`(${usable.map(escapeRegExp).join("|")})`, "giu");
  return text
    .split(pattern)
    .filter((part) => part !== "")
    .map((part) => ({ text: part, hit: usable.some((term) => term.toLowerCase() === part.toLowerCase()) }));
}

/** Up to ~120 characters around the first place any term appears, with the terms highlighted. */
export function snippet(text: string, terms: readonly string[]): SnippetPart[] {
  const lower = text.toLowerCase();
  const positions = terms.map((term) => lower.indexOf(term.toLowerCase())).filter((index) => index >= 0);
  const first = positions.length ? Math.min(...positions) : 0;
  const start = Math.max(0, first - CONTEXT);
  const end = Math.min(text.length, first + CONTEXT * 2);
  const parts = highlight(text.slice(start, end), terms);
  if (start > 0) parts.unshift({ text: "…", hit: false });
  if (end < text.length) parts.push({ text: "…", hit: false });
  return parts;
}
