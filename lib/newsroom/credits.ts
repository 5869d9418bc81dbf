// Credit roles and how they read in Chinese newsroom style.

export const CREDIT_ROLES = ["REPORTER", "CORRESPONDENT", "EDITOR"] as const;
export type CreditRoleKey = (typeof CREDIT_ROLES)[number];

export const CREDIT_ROLE_LABELS: Record<CreditRoleKey, { zh: string; en: string }> = {
  REPORTER: { zh: "记者", en: "Reporter" },
  CORRESPONDENT: { zh: "通讯员", en: "Correspondent" },
  EDITOR: { zh: "编辑", en: "Editor" },
};

/** Roles printed in the byline before the body; the rest close the article. */
export const BYLINE_ROLES: ReadonlySet<CreditRoleKey> = new Set(["REPORTER", "CORRESPONDENT"]);

export interface CreditLine {
  role: CreditRoleKey;
  name: string;
  affiliation?: string | null;
}
