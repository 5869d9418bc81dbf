// Kept apart from the matcher so that forms can name the levels without loading the automaton.
export const PHRASE_LEVELS = ["BLOCK", "WARN"] as const;
export type PhraseLevel = (typeof PHRASE_LEVELS)[number];
