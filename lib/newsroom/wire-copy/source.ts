// The value of a 来源 field. Usually a name (新华网, 人民网-四川频道, 《工人日报》); sometimes a credit
// and a dispatch in one (中央社记者王曼娜香港二十八日电): then the reporter is credited, their
// organisation is the source, and the dispatch is handed back to stay in the body.
import { readByline } from "@/lib/newsroom/wire-copy/byline";
import type { Findings } from "@/lib/newsroom/wire-copy/findings";
import { containsRoleWord } from "@/lib/newsroom/wire-copy/roles";

export interface SourceReading {
  source: string;
  findings: Findings | null;
  unplaced: string | null;
}

const WHOLE_TITLE = /^《([^《》]+)》$/;
// A dispatch after the credit: 香港二十八日电, 台北5日電; the place has two to four characters.
const DISPATCH_DAY = /[〇零一二三四五六七八九十廿卅\d]{1,3}日[电電]$/;
const PLACE_LENGTHS = [2, 3, 4];

/** The credit before a trailing dispatch, read with the shortest place name that leaves a credit. */
function splitDispatch(text: string): { findings: Findings; dispatch: string } | null {
  const day = DISPATCH_DAY.exec(text);
  if (!day) return null;
  for (const length of PLACE_LENGTHS) {
    const at = day.index - length;
    const findings = at > 0 ? readByline(text.slice(0, at)) : null;
    if (findings) return { findings, dispatch: text.slice(at) };
  }
  return null;
}

export function readSourceValue(value: string): SourceReading {
  const plain = WHOLE_TITLE.exec(value)?.[1] ?? value;
  if (!containsRoleWord(plain)) return { source: plain, findings: null, unplaced: null };
  const split = splitDispatch(plain);
  const findings = split?.findings ?? readByline(plain);
  const organisation = findings?.credits[0]?.affiliation;
  if (!findings || !organisation) return { source: plain, findings: null, unplaced: null };
  return { source: organisation, findings, unplaced: split?.dispatch ?? null };
}
