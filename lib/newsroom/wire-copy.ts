// Parses wire copy in the common Chinese news-site layout into article fields:
//
//   标题
//   2022年08月05日13:48来源:中华工商网
//     【中华工商时报记者陈明通讯员苏显中廖生权】正文第一段……
//   小标题
//     正文……
//   (编辑 张晖)
//
// and the other usual forms of the same information (本报讯（记者 张三）, 文/李四 图/王五, 责任编辑：赵六,
// 发布时间：2022-08-05 13:48, traditional characters). Nothing is dropped: a line is taken out of the body
// only when all of it was understood; anything else stays in the body and a note tells the editor.
//
// 本报 is kept as the affiliation it is written as (本报记者 张三 → affiliation 本报), since "this paper"
// is what the byline says and the newsroom decides on display what its own paper is called.
import type { BodyBlock, BodyDoc } from "@/lib/newsroom/body";
import { paragraphBlock } from "@/lib/newsroom/body";
import { readByline } from "@/lib/newsroom/wire-copy/byline";
import type { DatelineReading } from "@/lib/newsroom/wire-copy/dateline";
import {
  emptyFindings,
  type Findings,
  joinFindings,
  type NameSplitProposal,
  type ParsedCredit,
  quote,
} from "@/lib/newsroom/wire-copy/findings";
import { frameLines, type Placement } from "@/lib/newsroom/wire-copy/frame";
import {
  isMarkedAside,
  readClosingCredit,
  readLeadByline,
  readMarkedClosing,
  unreadLeadByline,
} from "@/lib/newsroom/wire-copy/edges";
import { readInformationLine } from "@/lib/newsroom/wire-copy/lines";
import { bodyBlocks, type BodyLine } from "@/lib/newsroom/wire-copy/structure";
import { clean } from "@/lib/newsroom/wire-copy/text";

export type { NameSplitProposal, ParsedCredit } from "@/lib/newsroom/wire-copy/findings";

export interface WireCopy {
  title: string;
  publishedAt: Date | null;
  source: string | null;
  credits: ParsedCredit[];
  body: BodyDoc;
  /** Every run of names written together that the surname table split, for the editor to confirm. */
  nameSplits: NameSplitProposal[];
  /** What the importer could not place or was unsure about, in Chinese, in the order of the text. */
  notes: string[];
}

/** Reads byline text such as "中华工商时报记者陈明通讯员苏显中廖生权" into ordered credits; [] if it is not one. */
export function parseBylineText(text: string): ParsedCredit[] {
  return readByline(text)?.credits ?? [];
}

interface SourceLine {
  /** Position among all lines, blank ones included, for looking at neighbours. */
  at: number;
  raw: string;
  text: string;
}

function splitLines(text: string): { all: string[]; filled: SourceLine[] } {
  const all = text
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .split("\n");
  const filled = all.flatMap((raw, at) => {
    const line = clean(raw);
    return line === "" ? [] : [{ at, raw, text: line }];
  });
  return { all, filled };
}

/** Accumulates the article in document order. */
class Draft {
  publishedAt: Date | null = null;
  source: string | null = null;
  private readonly found: Findings[] = [];
  private readonly blocks: BodyBlock[] = [];

  note(message: string) {
    this.found.push({ ...emptyFindings(), notes: [message] });
  }

  add(findings: Findings) {
    this.found.push(findings);
  }

  keep(text: string) {
    this.blocks.push(paragraphBlock(text));
  }

  append(blocks: BodyBlock[]) {
    this.blocks.push(...blocks);
  }

  /** Applies an information line; returns false when it contradicts what was read before. */
  private dateline(reading: DatelineReading): boolean {
    let complete = true;
    if (reading.publishedAt) {
      if (this.publishedAt === null) this.publishedAt = reading.publishedAt;
      else if (this.publishedAt.getTime() !== reading.publishedAt.getTime()) {
        complete = false;
        this.note(`发布时间已从前文读出，${quote(reading.dateText ?? "")}未采用`);
      }
    }
    if (reading.source !== null) {
      if (this.source === null) this.source = reading.source;
      else if (this.source !== reading.source) {
        complete = false;
        this.note(`来源已从前文读出，${quote(reading.source)}未采用`);
      }
    }
    this.add(reading);
    return complete;
  }

  place(text: string, placement: Placement) {
    if (placement.kind === "kept") {
      this.keep(text);
      if (placement.note) this.note(placement.note);
      return;
    }
    const { reading } = placement;
    let consistent = true;
    if (reading.kind === "byline") this.add(reading.findings);
    else consistent = this.dateline(reading.reading);
    const unplaced = reading.kind === "byline" ? reading.unplaced : reading.reading.unplaced;
    const placedAny = reading.kind === "byline" || reading.reading.placedAny;
    if (!consistent || (unplaced.length > 0 && !placedAny)) {
      this.keep(text);
      this.note(`${quote(text)}未能完全识别，整行保留在正文中`);
    } else if (unplaced.length > 0) {
      // What was understood fills the article; the rest stays, in the words it was written in.
      const rest = unplaced.join(" ");
      this.keep(rest);
      this.note(`${quote(rest)}未能识别，已保留在正文中`);
    }
  }

  finish(title: string): WireCopy {
    const found = joinFindings(...this.found);
    return {
      title,
      publishedAt: this.publishedAt,
      source: this.source,
      credits: mergeCredits(found.credits),
      body: { type: "doc", content: this.blocks },
      nameSplits: found.nameSplits,
      notes: found.notes,
    };
  }
}

// The same person credited twice in one role (作者：张三 above 【本报记者 张三】) is one credit; the
// copy that names an affiliation wins.
function mergeCredits(credits: ParsedCredit[]): ParsedCredit[] {
  const merged: ParsedCredit[] = [];
  for (const credit of credits) {
    const same = merged.find(
      (other) =>
        other.role === credit.role &&
        other.name === credit.name &&
        (other.affiliation === credit.affiliation || other.affiliation === null || credit.affiliation === null),
    );
    if (!same) merged.push({ ...credit });
    else {
      same.affiliation ??= credit.affiliation;
      same.uncertain = same.uncertain && credit.uncertain;
    }
  }
  return merged;
}

// A first line this long, or ending a sentence, is more likely the lead than a headline.
const TITLE_MAX_LENGTH = 60;

function titleNote(title: string): string | null {
  if (title === "") return "没有找到标题";
  if (title.length > TITLE_MAX_LENGTH || /[。！？]$/.test(title) || readLeadByline(title)) {
    return `第一行${quote(title)}不像标题，请核对`;
  }
  return null;
}

export function parseWireCopy(text: string, timeZone: string): WireCopy {
  const { all, filled } = splitLines(text);
  const blankAt = (at: number) => at < 0 || at >= all.length || clean(all[at] ?? "") === "";
  const frame = frameLines(filled, (line, where) => readInformationLine(line, timeZone, where));
  const draft = new Draft();

  frame.beforeTitle.forEach(([line, placement]) => draft.place(line.text, placement));
  const title = frame.title?.text ?? "";
  const note = titleNote(title);
  if (note) draft.note(note);
  frame.header.forEach(([line, placement]) => draft.place(line.text, placement));

  const body: BodyLine[] = frame.body.map((line) => ({
    text: line.text,
    indented: /^[ \t\u3000]+\S/.test(line.raw),
    blankBefore: blankAt(line.at - 1),
    blankAfter: blankAt(line.at + 1),
  }));
  const edges = readBodyEdges(body);
  draft.add(edges.opening);
  draft.append(bodyBlocks(edges.lines));
  draft.add(edges.closing);

  frame.trailer.forEach(([line, placement]) => draft.place(line.text, placement));
  return draft.finish(title);
}

/** The body lines without the credits at the start of the first and the end of the last, and those credits. */
function readBodyEdges(lines: readonly BodyLine[]): { lines: BodyLine[]; opening: Findings; closing: Findings } {
  const body = lines.map((line) => ({ ...line }));
  let opening = emptyFindings();
  // A caption or summary set off by a mark may come before the lead: ■大公報招牌遭暴徒破壞。
  const aside = body[0] && body[1] && isMarkedAside(body[0].text) && readLeadByline(body[1].text);
  const lead = aside ? body[1] : body[0];
  const marked = lead && !readLeadByline(lead.text) ? readMarkedClosing(lead.text) : null;
  if (lead && marked) {
    opening = marked.findings;
    lead.text = marked.rest;
  } else if (lead) {
    const byline = readLeadByline(lead.text);
    const unread = byline ? null : unreadLeadByline(lead.text);
    if (byline) {
      opening = byline.findings;
      lead.text = byline.rest;
    } else if (unread) {
      opening.notes.push(`第一段开头的${quote(unread)}像是署名，但未能识别，已保留在正文中`);
    }
  }
  const last = body.at(-1);
  const closing = last && last.text !== "" ? (readClosingCredit(last.text) ?? readMarkedClosing(last.text)) : null;
  if (last && closing) last.text = closing.rest;
  return {
    lines: body.filter((line) => line.text !== ""),
    opening,
    closing: closing?.findings ?? emptyFindings(),
  };
}
