// Search for Chinese without a word segmenter: Han text is indexed as single characters and
// overlapping character pairs (the CJK approach of Lucene's and Elasticsearch's cjk analyzers), and
// other scripts as whole lower-cased words. Both databases index the result as a plain tsvector.

const RUN = /(\p{Script=Han}+)|((?:(?!\p{Script=Han})[\p{L}\p{N}])+)/gu;

interface Run {
  han: boolean;
  text: string;
}

function runs(text: string): Run[] {
  const found: Run[] = [];
  for (const match of text.normalize("NFKC").toLowerCase().matchAll(RUN)) {
    if (match[1]) found.push({ han: true, text: match[1] });
    else if (match[2]) found.push({ han: false, text: match[2] });
  }
  return found;
}

function bigrams(han: string): string[] {
  const chars = [...han];
  if (chars.length === 1) return chars;
  return chars.slice(0, -1).map((char, index) => char + chars[index + 1]);
}

/** What a document is indexed under: every Han character, every pair of neighbours, every other word. */
export function documentTokens(text: string): string[] {
  return runs(text).flatMap((run) =>
    run.han ? [...run.text, ...(run.text.length > 1 ? bigrams(run.text) : [])] : [run.text],
  );
}

export interface SearchQuery {
  /** Terms that must all match (pairs for Han text, words otherwise). */
  tokens: string[];
  /** The query's own pieces, for highlighting. */
  terms: string[];
}

/** A query's terms: Han text must contain every pair (a single character matches itself); words match as prefixes. */
export function queryTokens(query: string): SearchQuery {
  const pieces = runs(query).slice(0, 20);
  const tokens = pieces.flatMap((run) => (run.han ? bigrams(run.text) : [`${run.text}:*`]));
  return { tokens: [...new Set(tokens)], terms: pieces.map((run) => run.text) };
}

/** A to_tsquery expression; tokens hold only letters and digits, so nothing needs quoting. */
export function tsQuery(query: SearchQuery): string {
  return query.tokens.join(" & ");
}

export function tsDocument(text: string): string {
  return documentTokens(text).join(" ");
}
