// Credit roles and how they read in Chinese newsroom style. The built-in roles below are also rows of
// the CreditRole table (admins may add more); domain code sees every role as a RoleLabel.

export type CreditPlacement = "byline" | "closing";

export interface RoleLabel {
  key: string;
  zh: string;
  en: string;
  /** "byline": printed before the body (【记者 …】); "closing": after it ((编辑 …)). */
  placement: CreditPlacement;
}

export const BUILT_IN_ROLE_KEYS = [
  "REPORTER",
  "TRAINEE_REPORTER",
  "CORRESPONDENT",
  "PHOTOGRAPHER",
  "EDITOR",
  "RESPONSIBLE_EDITOR",
] as const;
export type BuiltInRoleKey = (typeof BUILT_IN_ROLE_KEYS)[number];

export const BUILT_IN_ROLES: Record<BuiltInRoleKey, RoleLabel> = {
  REPORTER: { key: "REPORTER", zh: "记者", en: "Reporter", placement: "byline" },
  TRAINEE_REPORTER: { key: "TRAINEE_REPORTER", zh: "见习记者", en: "Trainee reporter", placement: "byline" },
  CORRESPONDENT: { key: "CORRESPONDENT", zh: "通讯员", en: "Correspondent", placement: "byline" },
  PHOTOGRAPHER: { key: "PHOTOGRAPHER", zh: "摄影", en: "Photographer", placement: "byline" },
  EDITOR: { key: "EDITOR", zh: "编辑", en: "Editor", placement: "closing" },
  RESPONSIBLE_EDITOR: { key: "RESPONSIBLE_EDITOR", zh: "责任编辑", en: "Responsible editor", placement: "closing" },
};

/** One person credited in one role, ready to print. */
export interface CreditLine {
  role: RoleLabel;
  name: string;
  affiliation?: string | null;
}
