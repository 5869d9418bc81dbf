"use server";

import { actionContext } from "@/lib/actions/action-context";
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

const DONE: Record<WorkflowAction, string> = {
  submit: "已提交审核",
  sendBack: "已退回给作者",
  schedule: "已定时发布",
  publish: "已发布",
  unpublish: "已撤回",
  archive: "已归档",
  unarchive: "已取消归档",
};

/** One workflow button: form fields id, version, action, and (schedule) at / (send back) note. */
export async function workflowAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const id = Number(form.get("id"));
  const version = form.get("version") ? Number(form.get("version")) : undefined;
  const action = ACTIONS.find((candidate) => candidate === form.get("action"));
  if (!Number.isSafeInteger(id) || !action) return { ok: false, message: "无效的请求" };
  const atText = String(form.get("at") ?? "").trim();
  const at = atText ? parseLocalDateTime(atText, env.timeZone) : null;
  if (action === "schedule" && !at) return { ok: false, message: "无法识别的时间,请按 2022-08-05 13:48 的格式填写" };
  const result = await attempt(async () =>
    transitionArticle(await actionContext(), id, { action, at, note: String(form.get("note") ?? "") }, version),
  );
  return result.ok ? { ok: true, message: DONE[action] } : refused(result.error);
}
