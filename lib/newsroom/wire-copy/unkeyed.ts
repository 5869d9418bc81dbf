// The text a page prints after the time with no key in front of it: a source (2022-08-05 13:48 新华网,
// 2019-08-13 17:28:00 四川发布) or the authors (2024-03-27 05:37苏智慧陈国铁). Either way it is a guess,
// and the editor is asked to confirm it.
import { readsAsNames, splitChineseNames } from "@/lib/newsroom/chinese-names";
import { type Findings, quote } from "@/lib/newsroom/wire-copy/findings";
import { isOrganisation } from "@/lib/newsroom/wire-copy/organizations";

export type UnkeyedReading = { kind: "source" } | { kind: "names"; findings: Findings } | { kind: "unknown" };

// A source's name has no spaces or colons; prose has commas or full stops.
const UNKEYED = /^[^\s\u3000:：|｜丨，,。！？!?]{2,20}$/;
const HAN = /^\p{Script=Han}+$/u;

export function readUnkeyedAfterTime(text: string): UnkeyedReading {
  if (!UNKEYED.test(text)) return { kind: "unknown" };
  if (isOrganisation(text) || !HAN.test(text) || !readsAsNames(text)) return { kind: "source" };
  const split = splitChineseNames(text);
  return {
    kind: "names",
    findings: {
      credits: split.names.map((name) => ({ role: "REPORTER", name, affiliation: null, uncertain: true })),
      nameSplits: split.names.length > 1 || split.alternatives.length > 0 ? [{ text, ...split }] : [],
      notes: [`${quote(text)}按作者导入，请确认`],
    },
  };
}
