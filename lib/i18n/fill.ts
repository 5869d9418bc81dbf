/**
 * Fills a message template: "{name}" takes `values.name`; "{n|one|other}" picks `one` when `values.n`
 * is 1 and `other` otherwise (English plurals: "{n} {n|article|articles}"). Every message in
 * lib/i18n/messages is such a template, never a function, so messages are plain data: the same
 * strings go to server pages, to client components as props, and to feeds. A placeholder with no
 * value is left as it is, which the message tests catch.
 */
export function fill(template: string, values: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(
    /\{(\w+)(?:\|([^|{}]*)\|([^|{}]*))?\}/g,
    (match, key: string, one?: string, other?: string) => {
      if (!Object.hasOwn(values, key)) return match;
      if (one === undefined || other === undefined) return String(values[key]);
      return values[key] === 1 ? one : other;
    },
  );
}

/** The names of a template's placeholders ("{n}", "{n|one|other}"), for checks that languages agree. */
export function placeholders(template: string): string[] {
  return [
    ...new Set([...template.matchAll(/\{(\w+)(?:\|[^|{}]*\|[^|{}]*)?\}/g)].map((match) => match[1] ?? "")),
  ].sort();
}
