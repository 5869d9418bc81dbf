// The editorial workflow: which status an article may move to from which, as a pure table.
//   draft → in review → scheduled / published → unpublished; archived. Editors can send back to draft.
import type { ArticleStatus } from "@/lib/generated/prisma/enums";

export type WorkflowAction = "submit" | "sendBack" | "schedule" | "publish" | "unpublish" | "archive" | "unarchive";

const TRANSITIONS: Record<WorkflowAction, { from: readonly ArticleStatus[]; to: ArticleStatus }> = {
  submit: { from: ["DRAFT"], to: "IN_REVIEW" },
  sendBack: { from: ["IN_REVIEW", "SCHEDULED"], to: "DRAFT" },
  schedule: { from: ["DRAFT", "IN_REVIEW", "SCHEDULED", "UNPUBLISHED"], to: "SCHEDULED" },
  publish: { from: ["DRAFT", "IN_REVIEW", "SCHEDULED", "UNPUBLISHED"], to: "PUBLISHED" },
  unpublish: { from: ["PUBLISHED"], to: "UNPUBLISHED" },
  archive: { from: ["DRAFT", "IN_REVIEW", "UNPUBLISHED", "PUBLISHED"], to: "ARCHIVED" },
  unarchive: { from: ["ARCHIVED"], to: "DRAFT" },
};

export function nextStatus(from: ArticleStatus, action: WorkflowAction): ArticleStatus | null {
  const rule = TRANSITIONS[action];
  return rule.from.includes(from) ? rule.to : null;
}

export function allowedActions(from: ArticleStatus): WorkflowAction[] {
  return (Object.keys(TRANSITIONS) as WorkflowAction[]).filter((action) => nextStatus(from, action) !== null);
}
