// Lines around the body that carry only article information: datelines, credit lines, and (under the
// headline only) a line of bare names.
import { type CreditLineReading, readBareNames, readCreditLine } from "@/lib/newsroom/wire-copy/credit-line";
import { type DatelineReading, readDateline } from "@/lib/newsroom/wire-copy/dateline";
import { containsRoleWord, UNKNOWN_CREDIT } from "@/lib/newsroom/wire-copy/roles";
import { clean, SENTENCE_PUNCTUATION } from "@/lib/newsroom/wire-copy/text";

export type LineReading = { kind: "dateline"; reading: DatelineReading } | ({ kind: "byline" } & CreditLineReading);

/** Where a line sits: between headline and body, bare names are the author; elsewhere they are not. */
export type LinePlace = "header" | "other";

/** Reads a line that carries only article information: a dateline, or a byline or closing credit. */
export function readInformationLine(line: string, timeZone: string, where: LinePlace = "other"): LineReading | null {
  const text = clean(line);
  if (text === "") return null;
  const dateline = readDateline(text, timeZone);
  if (dateline) return { kind: "dateline", reading: dateline };
  const credits = readCreditLine(text);
  if (credits) return { kind: "byline", ...credits };
  const names = where === "header" ? readBareNames(text) : null;
  return names ? { kind: "byline", findings: names, unplaced: [] } : null;
}

/**
 * A short line that names people in a way the importer cannot read (审核：王五, ■本报记者 张三 报道).
 * It stays in the body, but the editor is told, and it does not end the run of lines around the body.
 */
export function looksLikeCredit(line: string): boolean {
  const text = clean(line);
  if (text.length > 40 || SENTENCE_PUNCTUATION.test(text)) return false;
  return UNKNOWN_CREDIT.test(text) || containsRoleWord(text);
}
