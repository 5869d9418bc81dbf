// Renders bylines from credits (never from stored text), in one of two house styles:
//   zh: 【中华工商时报记者 陈明 通讯员 苏显中 廖生权】 … (编辑 张晖)
//   en: By 陈明 (中华工商时报); Correspondents: 苏显中, 廖生权 … Edited by 张晖
import type { CreditLine, CreditPlacement } from "@/lib/newsroom/credits";

export type BylineStyle = "zh" | "en";
export const BYLINE_STYLES: readonly BylineStyle[] = ["zh", "en"];

interface Group {
  roleKey: string;
  roleZh: string;
  roleEn: string;
  affiliation: string;
  names: string[];
}

// Consecutive credits that share role and affiliation print under one label.
function groupCredits(credits: readonly CreditLine[], placement: CreditPlacement): Group[] {
  const groups: Group[] = [];
  for (const credit of credits) {
    if (credit.role.placement !== placement) continue;
    const affiliation = credit.affiliation?.trim() ?? "";
    const last = groups.at(-1);
    if (last && last.roleKey === credit.role.key && last.affiliation === affiliation) last.names.push(credit.name);
    else {
      groups.push({
        roleKey: credit.role.key,
        roleZh: credit.role.zh,
        roleEn: credit.role.en,
        affiliation,
        names: [credit.name],
      });
    }
  }
  return groups;
}

function englishList(names: readonly string[]): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

function englishGroup(group: Group, isFirst: boolean): string {
  const names = englishList(group.names) + (group.affiliation ? ` (${group.affiliation})` : "");
  if (group.roleKey === "REPORTER" && isFirst) return `By ${names}`;
  if (group.roleKey === "EDITOR") return `Edited by ${names}`;
  return `${group.roleEn}: ${names}`;
}

function render(credits: readonly CreditLine[], placement: CreditPlacement, style: BylineStyle): string | null {
  const groups = groupCredits(credits, placement);
  if (groups.length === 0) return null;
  if (style === "en") return groups.map((group, index) => englishGroup(group, index === 0)).join("; ");
  return groups.map((group) => `${group.affiliation}${group.roleZh} ${group.names.join(" ")}`).join(" ");
}

/** The byline before the body, or null when nobody is credited in a byline role. */
export function formatByline(credits: readonly CreditLine[], style: BylineStyle = "zh"): string | null {
  const text = render(credits, "byline", style);
  if (text === null) return null;
  return style === "zh" ? `【${text}】` : text;
}

/** The closing line after the body, e.g. "(编辑 张晖)", or null when no one is credited there. */
export function formatClosingLine(credits: readonly CreditLine[], style: BylineStyle = "zh"): string | null {
  const text = render(credits, "closing", style);
  if (text === null) return null;
  return style === "zh" ? `(${text})` : text;
}
