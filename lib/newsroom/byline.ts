// Renders bylines from credits (never from stored text), in Chinese house style:
//   【中华工商时报记者 陈明 通讯员 苏显中 廖生权】 … (编辑 张晖)
import { BYLINE_ROLES, CREDIT_ROLE_LABELS, type CreditLine } from "@/lib/newsroom/credits";

interface Group {
  label: string;
  names: string[];
}

// Consecutive credits that share role and affiliation print under one label.
function groupCredits(credits: readonly CreditLine[]): Group[] {
  const groups: Group[] = [];
  for (const credit of credits) {
    const label = `${credit.affiliation?.trim() ?? ""}${CREDIT_ROLE_LABELS[credit.role].zh}`;
    const last = groups.at(-1);
    if (last && last.label === label) last.names.push(credit.name);
    else groups.push({ label, names: [credit.name] });
  }
  return groups;
}

function render(groups: Group[]): string {
  return groups.map((group) => `${group.label} ${group.names.join(" ")}`).join(" ");
}

/** The byline before the body, or null when nobody is credited in a byline role. */
export function formatByline(credits: readonly CreditLine[]): string | null {
  const groups = groupCredits(credits.filter((credit) => BYLINE_ROLES.has(credit.role)));
  return groups.length === 0 ? null : `【${render(groups)}】`;
}

/** The closing line after the body, e.g. "(编辑 张晖)", or null when no editor is credited. */
export function formatClosingLine(credits: readonly CreditLine[]): string | null {
  const groups = groupCredits(credits.filter((credit) => !BYLINE_ROLES.has(credit.role)));
  return groups.length === 0 ? null : `(${render(groups)})`;
}
