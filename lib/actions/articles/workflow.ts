"use server";

import { actionContext } from "@/lib/actions/action-context";
import { actionMessages } from "@/lib/i18n/server";
import { attempt, refused, type ActionResult } from "@/lib/actions/result";
import { env } from "@/lib/env";
import { parseLocalDateTime } from "@/lib/newsroom/time";
import type { WorkflowAction } from "@/lib/newsroom/workflow";
import { transitionArticle } from "@/lib/services/articles/transition";

const ACTIONS: readonly WorkflowAction[] = [
  "submit",
  "sendBack",
  "schedule",
  "publish",
  "unpublish",
  "archive",
  "unarchive",
];

/** One workflow button: form fields id, version, action, and (schedule) at / (send back) note. */
export async function workflowAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const m = await actionMessages();
  const id = Number(form.get("id"));
  const version = form.get("version") ? Number(form.get("version")) : undefined;
  const action = ACTIONS.find((candidate) => candidate === form.get("action"));
  if (!Number.isSafeInteger(id) || !action) return { ok: false, message: m.invalidRequest };
  const atText = String(form.get("at") ?? "").trim();
  const at = atText ? parseLocalDateTime(atText, env.timeZone) : null;
  if (action === "schedule" && !at) return { ok: false, message: m.unreadableTime };
  const result = await attempt(async () =>
    transitionArticle(await actionContext(), id, { action, at, note: String(form.get("note") ?? "") }, version),
  );
  return result.ok ? { ok: true, message: m.workflowDone[action] } : refused(result.error);
}
