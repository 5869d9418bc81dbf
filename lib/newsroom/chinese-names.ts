// Splits a run of Chinese personal names written with no separator (苏显中廖生权 → 苏显中, 廖生权).
import { COMPOUND_SURNAMES, SINGLE_SURNAMES } from "@/lib/newsroom/surnames";

const singleRank = new Map<string, number>(SINGLE_SURNAMES.map((surname, index) => [surname, index]));
const compound = new Set<string>(COMPOUND_SURNAMES);

const HAN = /^\p{Script=Han}+$/u;

export interface NameSplit {
  /** The most likely names, in order. */
  names: string[];
  /** Other readings, best first: an editor should confirm when this is not empty. */
  alternatives: string[][];
}

// A compound surname wins over reading its first character as a surname of its own (欧阳, not 欧).
function surnameLength(text: string, at: number): number[] {
  if (compound.has(text.slice(at, at + 2))) return [2];
  return singleRank.has(text.charAt(at)) ? [1] : [];
}

// Lower is likelier: three-character names are the most common, then two, then four.
function nameCost(name: string, surnameChars: number): number {
  const givenLength = name.length - surnameChars;
  const lengthCost = givenLength === 2 ? 0 : givenLength === 1 ? 1 : 3;
  const rank = surnameChars === 2 ? 100 : (singleRank.get(name.charAt(0)) ?? 400);
  return lengthCost + rank / 400;
}

/**
 * All ways to read `text` as consecutive names (surname + one or two given characters), ordered by
 * likelihood. Text that is not purely Han characters is returned as one name.
 */
export function splitChineseNames(text: string): NameSplit {
  const input = text.trim();
  if (input.length <= 3 || !HAN.test(input)) return { names: input === "" ? [] : [input], alternatives: [] };

  // readings[i]: every way to split input.slice(i), with its cost.
  const readings: Array<Array<{ names: string[]; cost: number }>> = Array.from({ length: input.length + 1 }, () => []);
  readings[input.length] = [{ names: [], cost: 0 }];
  for (let start = input.length - 1; start >= 0; start -= 1) {
    for (const surnameChars of surnameLength(input, start)) {
      for (const givenLength of [1, 2]) {
        const end = start + surnameChars + givenLength;
        if (end > input.length) continue;
        const name = input.slice(start, end);
        for (const rest of readings[end] ?? []) {
          readings[start]?.push({ names: [name, ...rest.names], cost: nameCost(name, surnameChars) + rest.cost });
        }
      }
    }
  }
  const ranked = (readings[0] ?? []).sort((a, b) => a.cost - b.cost);
  const best = ranked[0];
  if (!best) return { names: [input], alternatives: [] };
  return { names: best.names, alternatives: ranked.slice(1, 4).map((reading) => reading.names) };
}
