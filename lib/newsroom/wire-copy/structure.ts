// Tells subheadings from paragraphs. Wire copy marks neither, so the layout decides: a subheading is a
// short line with no closing punctuation, set off by blank lines, and not indented when the paragraphs are.
import { headingBlock, paragraphBlock, type BodyBlock } from "@/lib/newsroom/body";

export interface BodyLine {
  text: string;
  indented: boolean;
  blankBefore: boolean;
  blankAfter: boolean;
}

const HEADING_MAX_LENGTH = 40;
const CLOSING_PUNCTUATION = /[。！？!?;；：:，,、…”」』"]$/;
const SENTENCE_PUNCTUATION = /[。！？!?]/;
// (完), 【图】, （图为活动现场）: asides, not headings.
const WRAPPED = /^[(（【[［].*[)）】\]］]$/;
// 一、… （二）… 3. … mark a heading even where no blank lines set it off.
const NUMBERED = /^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十]+[)）]|\d{1,2}[、.．]\s*\D)/;

export interface Layout {
  /** Paragraphs are separated by blank lines, so a blank line around a short line means something. */
  blankSeparated: boolean;
  /** Some lines are indented and some are not, so indentation means something. */
  indentationMeaningful: boolean;
}

export function layoutOf(lines: readonly BodyLine[]): Layout {
  const indented = lines.filter((line) => line.indented).length;
  return {
    blankSeparated: lines.some((line, index) => index > 0 && line.blankBefore),
    indentationMeaningful: indented > 0 && indented < lines.length,
  };
}

function isSubheading(line: BodyLine, layout: Layout): boolean {
  const { text } = line;
  if (text.length < 2 || text.length > HEADING_MAX_LENGTH) return false;
  if (CLOSING_PUNCTUATION.test(text) || SENTENCE_PUNCTUATION.test(text) || WRAPPED.test(text)) return false;
  if (layout.indentationMeaningful && line.indented) return false;
  return layout.blankSeparated ? line.blankBefore && line.blankAfter : NUMBERED.test(text);
}

/** Body blocks for the lines between the byline and the closing, in order. */
export function bodyBlocks(lines: readonly BodyLine[]): BodyBlock[] {
  const layout = layoutOf(lines);
  // The first line is the lead and the last closes the story; a heading needs text on both sides.
  return lines.map((line, index) =>
    index > 0 && index < lines.length - 1 && isSubheading(line, layout)
      ? headingBlock(line.text)
      : paragraphBlock(line.text),
  );
}
