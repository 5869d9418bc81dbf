// Splits a run of Chinese personal names written with no separator (苏显中廖生权 → 苏显中, 廖生权).
//
// Only the surname table is known: a name is read as surname + one or two given characters, and the
// readings are ranked by how usual their name lengths and surnames are. Any run that can be read more
// than one way comes back with its alternatives, because only a person can tell 王小明李华 from 王小 明李华.
import {
  COMPOUND_SURNAMES,
  SINGLE_SURNAMES,
  TRADITIONAL_COMPOUND_SURNAMES,
  TRADITIONAL_SURNAMES,
} from "@/lib/newsroom/surnames";

const singleRank = new Map<string, number>(SINGLE_SURNAMES.map((surname, index) => [surname, index]));
for (const [traditional, simplified] of Object.entries(TRADITIONAL_SURNAMES)) {
  const rank = singleRank.get(simplified);
  if (rank !== undefined && !singleRank.has(traditional)) singleRank.set(traditional, rank);
}
const compound = new Set<string>([...COMPOUND_SURNAMES, ...Object.keys(TRADITIONAL_COMPOUND_SURNAMES)]);

const HAN = /^\p{Script=Han}+$/u;

// Past a few readings per position the tail is never shown to anyone; the cap keeps long runs linear.
const READINGS_KEPT = 8;
const ALTERNATIVES_SHOWN = 3;

export interface NameSplit {
  /** The most likely names, in order. */
  names: string[];
  /** Other readings, best first: an editor should confirm when this is not empty. */
  alternatives: string[][];
}

export interface NameReading {
  names: string[];
  /** Lower is likelier. */
  cost: number;
}

/**
 * Length of the surname that starts `text` at `at`: 2, 1, or 0 when none does. A compound surname wins
 * over reading its first character as a surname of its own (欧阳, not 欧), since 欧 + 阳X is far rarer.
 */
export function surnameLengthAt(text: string, at = 0): 0 | 1 | 2 {
  if (compound.has(text.slice(at, at + 2))) return 2;
  return singleRank.has(text.charAt(at)) ? 1 : 0;
}

// Three-character names are the most common, then two; a rarer surname makes a reading less likely,
// which is what breaks ties between 王小明|李华 and 王小|明李华.
function nameCost(name: string, surnameChars: number): number {
  const givenLength = name.length - surnameChars;
  const lengthCost = givenLength === 2 ? 0 : 1;
  const rank = surnameChars === 2 ? 100 : (singleRank.get(name.charAt(0)) ?? 400);
  return lengthCost + rank / 400;
}

/**
 * Every way to read `text` as consecutive names (surname + one or two given characters), best first.
 * Empty when the text cannot be read as names at all (a character that is not Han, or a stretch that
 * does not start with a known surname).
 */
export function nameReadings(text: string): NameReading[] {
  if (!HAN.test(text)) return [];
  // readings[i]: the best ways to read text.slice(i).
  const readings: NameReading[][] = Array.from({ length: text.length + 1 }, () => []);
  readings[text.length] = [{ names: [], cost: 0 }];
  for (let start = text.length - 1; start >= 0; start -= 1) {
    const surnameChars = surnameLengthAt(text, start);
    if (surnameChars === 0) continue;
    const here: NameReading[] = [];
    for (const givenLength of [1, 2]) {
      const end = start + surnameChars + givenLength;
      if (end > text.length) continue;
      const name = text.slice(start, end);
      for (const rest of readings[end] ?? []) {
        here.push({ names: [name, ...rest.names], cost: nameCost(name, surnameChars) + rest.cost });
      }
    }
    readings[start] = here.sort((a, b) => a.cost - b.cost).slice(0, READINGS_KEPT);
  }
  return readings[0] ?? [];
}

/** True when `text` reads as one or more names by the surname table. */
export function readsAsNames(text: string): boolean {
  return nameReadings(text).length > 0;
}

/**
 * Splits `text` into names. Up to three characters is one name (two names need at least four); text
 * that is not purely Han, or cannot be read by the surname table, is returned as one name.
 */
export function splitChineseNames(text: string): NameSplit {
  const input = text.trim();
  if (input === "") return { names: [], alternatives: [] };
  if (input.length <= 3 || !HAN.test(input)) return { names: [input], alternatives: [] };

  const ranked = nameReadings(input);
  const best = ranked[0];
  if (!best) return { names: [input], alternatives: [] };
  const alternatives = ranked.slice(1, 1 + ALTERNATIVES_SHOWN).map((reading) => reading.names);
  // Four characters may be one person whose compound surname the table lacks, so keeping the run
  // whole is always offered when the best reading splits it.
  if (input.length === 4 && best.names.length > 1 && !alternatives.some((names) => names.length === 1)) {
    alternatives.push([input]);
  }
  return { names: best.names, alternatives };
}
