// What counts as "the same phrase": simplified and traditional characters (OpenCC's t2s, one character
// at a time so offsets stay exact), full-width and half-width forms (NFKC), letter case, and anything
// that is not a letter or a digit (spaces, punctuation, symbols, zero-width characters) inserted to
// break a phrase up. The normalised text keeps, for each of its code units, where it came from in the
// original, so a hit can be shown in place.
import { Converter } from "opencc-js/t2cn";

export interface NormalisedText {
  text: string;
  /** For each code unit of `text`: the offset in the original where its character starts … */
  start: Int32Array;
  /** … and where that character ends (exclusive). */
  end: Int32Array;
}

const toSimplified = Converter({ from: "t", to: "cn" });
const IGNORED = /^[\p{P}\p{S}\p{Z}\p{C}\s]$/u;

// Each character's normalised form ("" when it is ignored), computed once per distinct character.
const folded = new Map<number, string>();

function fold(codePoint: number): string {
  const cached = folded.get(codePoint);
  if (cached !== undefined) return cached;
  let out = "";
  for (const part of String.fromCodePoint(codePoint).normalize("NFKC").toLowerCase()) {
    if (IGNORED.test(part)) continue;
    const simplified = toSimplified(part);
    // Character-level by design: a conversion that changed the length would break the offset map.
    out += [...simplified].length === 1 ? simplified : part;
  }
  folded.set(codePoint, out);
  return out;
}

function foldAscii(unit: number): number {
  if (unit >= 0x61 && unit <= 0x7a) return unit;
  if (unit >= 0x30 && unit <= 0x39) return unit;
  if (unit >= 0x41 && unit <= 0x5a) return unit + 0x20;
  return -1;
}

/** The text as the matcher sees it, with the map back to the original's offsets. */
export function normaliseText(original: string): NormalisedText {
  const start: number[] = [];
  const end: number[] = [];
  let text = "";
  for (let i = 0; i < original.length; ) {
    const unit = original.charCodeAt(i);
    if (unit < 0x80) {
      const ascii = foldAscii(unit);
      if (ascii !== -1) {
        text += String.fromCharCode(ascii);
        start.push(i);
        end.push(i + 1);
      }
      i++;
      continue;
    }
    const codePoint = original.codePointAt(i)!;
    const width = codePoint > 0xffff ? 2 : 1;
    // NFKC can lengthen a character (㈱ → (株)): each of its units points back to the whole character.
    const piece = fold(codePoint);
    for (let k = 0; k < piece.length; k++) {
      start.push(i);
      end.push(i + width);
    }
    text += piece;
    i += width;
  }
  return { text, start: Int32Array.from(start), end: Int32Array.from(end) };
}

/** A phrase of the list in the same form, for building the automaton. */
export function normalisePhrase(phrase: string): string {
  return normaliseText(phrase).text;
}

/** The original range a normalised range [from, to) came from. */
export function originalRange(normalised: NormalisedText, from: number, to: number): { start: number; end: number } {
  return { start: normalised.start[from]!, end: normalised.end[to - 1]! };
}
