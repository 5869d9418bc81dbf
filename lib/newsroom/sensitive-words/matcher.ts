// The sensitive-word list compiled into one automaton, and the hits it finds in an article's texts,
// each with its place and an excerpt of the original text around it.
import { AhoCorasick } from "./aho-corasick";
import { normalisePhrase, normaliseText, originalRange } from "./normalize";

import type { PhraseLevel } from "./levels";

export { PHRASE_LEVELS, type PhraseLevel } from "./levels";

export interface PhraseEntry {
  id: number;
  phrase: string;
  level: PhraseLevel;
  replacement: string | null;
  note: string | null;
}

/** Where a text sits in an article; `n` counts from 1 (the body's nth block, image or credit). */
export type TextPlace =
  | { field: "kicker" | "title" | "subtitle" | "summary" | "coverAlt" | "coverCaption" | "coverCredit" }
  | { field: "body" | "alt" | "caption" | "imageCredit" | "credit"; n: number };

export interface TextSegment {
  place: TextPlace;
  text: string;
}

export interface WordHit {
  phraseId: number;
  phrase: string;
  level: PhraseLevel;
  replacement: string | null;
  note: string | null;
  place: TextPlace;
  /** The original text that matched, e.g. "敏 感" or "敏感" in traditional characters. */
  matched: string;
  /** Offsets in the segment's original text, end exclusive. */
  start: number;
  end: number;
  excerpt: { before: string; match: string; after: string };
}

const EXCERPT_CHARS = 12;

function excerptOf(text: string, start: number, end: number): WordHit["excerpt"] {
  const from = Math.max(0, start - EXCERPT_CHARS);
  const to = Math.min(text.length, end + EXCERPT_CHARS);
  return {
    before: (from > 0 ? "…" : "") + text.slice(from, start),
    match: text.slice(start, end),
    after: text.slice(end, to) + (to < text.length ? "…" : ""),
  };
}

export class CompiledPhrases {
  private readonly automaton: AhoCorasick;
  private readonly entries: PhraseEntry[];

  constructor(phrases: readonly PhraseEntry[]) {
    // A phrase that normalises to nothing (only punctuation) could match anywhere: it is left out.
    this.entries = phrases.filter((entry) => normalisePhrase(entry.phrase) !== "");
    this.automaton = new AhoCorasick(this.entries.map((entry) => normalisePhrase(entry.phrase)));
  }

  get size(): number {
    return this.entries.length;
  }

  /** Every hit in every segment, in the order of the segments and then of the text. */
  find(segments: readonly TextSegment[]): WordHit[] {
    const hits: WordHit[] = [];
    if (this.entries.length === 0) return hits;
    for (const segment of segments) {
      if (!segment.text) continue;
      const normalised = normaliseText(segment.text);
      const seen = new Set<string>();
      const matches = this.automaton.search(normalised.text).sort((a, b) => a.start - b.start || b.end - a.end);
      for (const match of matches) {
        const entry = this.entries[match.pattern]!;
        const { start, end } = originalRange(normalised, match.start, match.end);
        const key = `${entry.id}:${start}`;
        if (seen.has(key)) continue;
        seen.add(key);
        hits.push({
          phraseId: entry.id,
          phrase: entry.phrase,
          level: entry.level,
          replacement: entry.replacement,
          note: entry.note,
          place: segment.place,
          matched: segment.text.slice(start, end),
          start,
          end,
          excerpt: excerptOf(segment.text, start, end),
        });
      }
    }
    return hits;
  }
}

export const blockingHits = (hits: readonly WordHit[]) => hits.filter((hit) => hit.level === "BLOCK");
export const warningHits = (hits: readonly WordHit[]) => hits.filter((hit) => hit.level === "WARN");
