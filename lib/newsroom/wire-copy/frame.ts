// Finds the frame of a story: the headline, the information lines between it and the body (dateline,
// byline), and the credit lines after the body. Everything else is body.
import { readClosingCredit, readLeadByline, readMarkedClosing } from "@/lib/newsroom/wire-copy/edges";
import { quote } from "@/lib/newsroom/wire-copy/findings";
import { type LinePlace, type LineReading, looksLikeCredit } from "@/lib/newsroom/wire-copy/lines";
import { isPageFurniture } from "@/lib/newsroom/wire-copy/page-labels";

export type Placement =
  | { kind: "information"; reading: LineReading }
  /** Kept in the body; `note` says why when the editor should look at it. */
  | { kind: "kept"; note: string | null };

export interface Frame<Line> {
  /** Datelines printed above the headline. */
  beforeTitle: Array<[Line, Placement]>;
  title: Line | null;
  header: Array<[Line, Placement]>;
  body: Line[];
  trailer: Array<[Line, Placement]>;
}

// （完）, ——完——: the end of the story, body text with nothing to read in it.
const END_MARK = /^(?:[(（【[［]\s*完\s*[)）】\]］]|[-—–]{1,4}\s*完\s*[-—–]{1,4}|完)$/;
// A subtitle sits between the headline and the dateline; it is short and never a sentence.
const SUBTITLE_LINES = 2;
const SUBTITLE = /^[^。！？]{1,60}$/;
// 新华社贵阳2月12日电 题：山乡巨变: the dispatch of a story whose byline follows on the next line. It is
// the lead's own first words, so it stays in the body, and the lines after it are still read.
const DISPATCH_TITLE = /^[^\s，。,]{2,30}?(?:电|電)\s*(?:题|題)[:：]/;

/**
 * Splits `lines` (non-blank, cleaned) into the frame and the body. `read` reads an information line.
 * A credit the importer cannot read does not end the frame: it stays in the body, the editor is told,
 * and the lines past it are still read, so (编辑 张晖) after 审核：王五 is not left in the body.
 */
export function frameLines<Line extends { text: string }>(
  lines: readonly Line[],
  read: (text: string, where: LinePlace) => LineReading | null,
): Frame<Line> {
  const readings = { header: new Map<Line, LineReading | null>(), other: new Map<Line, LineReading | null>() };
  const readOnce = (line: Line, where: LinePlace = "other") => {
    const cache = readings[where];
    if (!cache.has(line)) cache.set(line, read(line.text, where));
    return cache.get(line) ?? null;
  };
  // A line whose credits sit at its start (before the body) or its end (after it) is story text: the
  // first or last paragraph, read by the body's own edge readers.
  const place = (line: Line, edge: (text: string) => unknown, where: LinePlace = "other"): Placement | null => {
    if (isPageFurniture(line.text)) {
      return { kind: "kept", note: `${quote(line.text)}是网页上的按钮或栏目信息，已保留在正文中，可删除` };
    }
    const reading = readOnce(line, where);
    if (reading) return { kind: "information", reading };
    if (END_MARK.test(line.text)) return { kind: "kept", note: null };
    if (where === "header" && DISPATCH_TITLE.test(line.text)) return { kind: "kept", note: null };
    if (edge(line.text)) return null;
    if (looksLikeCredit(line.text)) {
      return { kind: "kept", note: `${quote(line.text)}像是署名或稿件信息，但未能识别，已保留在正文中` };
    }
    return null;
  };
  // A line with a date on it; 来源：X and 编辑：Y lines are read by the same reader but carry none.
  const isDateline = (line: Line | undefined) => {
    const reading = line && readOnce(line);
    return reading?.kind === "dateline" && reading.reading.dateText !== null;
  };

  let first = 0;
  const beforeTitle: Array<[Line, Placement]> = [];
  for (let line = lines[0]; line && (isDateline(line) || isPageFurniture(line.text)); line = lines[first]) {
    const placement = place(line, readLeadByline);
    if (placement) beforeTitle.push([line, placement]);
    first += 1;
  }
  const title = lines[first] ?? null;
  first += 1;

  let last = lines.length - 1;
  const header: Array<[Line, Placement]> = [];
  let datelineSeen = beforeTitle.length > 0;
  while (first <= last) {
    const line = lines[first];
    if (!line) break;
    const placement = place(line, readLeadByline, "header");
    if (placement) {
      header.push([line, placement]);
      datelineSeen ||= isDateline(line);
      first += 1;
      continue;
    }
    const subtitleEnd = datelineSeen ? -1 : subtitleBefore(lines, first, isDateline);
    if (subtitleEnd < 0) break;
    for (; first < subtitleEnd; first += 1) {
      const subtitle = lines[first];
      if (subtitle) {
        header.push([subtitle, { kind: "kept", note: `${quote(subtitle.text)}像是副标题，已保留在正文开头` }]);
      }
    }
  }

  const trailer: Array<[Line, Placement]> = [];
  for (; last >= first; last -= 1) {
    const line = lines[last];
    // The story may be a single line, both first and last paragraph.
    const placement =
      line && place(line, (text) => readClosingCredit(text) ?? readMarkedClosing(text) ?? readLeadByline(text));
    if (!line || !placement) break;
    trailer.unshift([line, placement]);
  }
  return { beforeTitle, title, header, body: lines.slice(first, last + 1), trailer };
}

/** Index of a dateline within the next few lines, when only subtitle-like lines come before it; else -1. */
function subtitleBefore<Line extends { text: string }>(
  lines: readonly Line[],
  from: number,
  isDateline: (line: Line | undefined) => boolean,
): number {
  for (let at = from; at < Math.min(lines.length, from + SUBTITLE_LINES + 1); at += 1) {
    const line = lines[at];
    // The subtitle ends where the dateline, or a lead opening with its byline, begins.
    if (at > from && (isDateline(line) || (line && readLeadByline(line.text)))) return at;
    if (!line || !SUBTITLE.test(line.text) || readLeadByline(line.text)) return -1;
  }
  return -1;
}
