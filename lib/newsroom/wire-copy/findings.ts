// What reading a piece of wire copy found besides body text: credits, the name splits an editor must
// confirm, and notes about anything that could not be placed. Every reader returns one of these, and the
// parser concatenates them in document order.
import type { BuiltInRoleKey } from "@/lib/newsroom/credits";

export interface ParsedCredit {
  role: BuiltInRoleKey;
  name: string;
  affiliation: string | null;
  /** True when the name was guessed: an ambiguous split, an unknown surname or a guessed affiliation. */
  uncertain: boolean;
}

/** A run of names written together (苏显中廖生权) and how the surname table proposes to split it. */
export interface NameSplitProposal {
  text: string;
  names: string[];
  /** Other readings, best first; empty when the table allows only one. */
  alternatives: string[][];
}

export interface Findings {
  credits: ParsedCredit[];
  nameSplits: NameSplitProposal[];
  notes: string[];
}

export function emptyFindings(): Findings {
  return { credits: [], nameSplits: [], notes: [] };
}

export function joinFindings(...parts: Findings[]): Findings {
  return {
    credits: parts.flatMap((part) => part.credits),
    nameSplits: parts.flatMap((part) => part.nameSplits),
    notes: parts.flatMap((part) => part.notes),
  };
}

/** 「…」 quoting for notes, so the editor can find the text the note is about. */
export const quote = (text: string) => `「${text}」`;
