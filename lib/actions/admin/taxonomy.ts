"use server";

import { actionContext } from "@/lib/actions/action-context";
import { attempt, refused, type ActionResult } from "@/lib/actions/result";
import {
  createCreditRole,
  deleteSection,
  deleteTag,
  renameTag,
  saveSection,
} from "@/lib/services/taxonomy/manage-taxonomy";
import { creditRoleSchema, sectionSchema } from "@/lib/validations/admin";

export async function saveSectionAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const parsed = sectionSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? "输入有误" };
  const id = form.get("id") ? Number(form.get("id")) : null;
  const result = await attempt(async () => saveSection(await actionContext(), id, parsed.data));
  return result.ok ? { ok: true, message: "栏目已保存" } : refused(result.error);
}

export async function deleteSectionAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const result = await attempt(async () => deleteSection(await actionContext(), Number(form.get("id"))));
  return result.ok ? { ok: true, message: "栏目已删除" } : refused(result.error);
}

export async function renameTagAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const result = await attempt(async () =>
    renameTag(await actionContext(), Number(form.get("id")), String(form.get("name") ?? "")),
  );
  return result.ok ? { ok: true, message: "标签已更新" } : refused(result.error);
}

export async function deleteTagAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const result = await attempt(async () => deleteTag(await actionContext(), Number(form.get("id"))));
  return result.ok ? { ok: true, message: "标签已删除" } : refused(result.error);
}

export async function createCreditRoleAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const parsed = creditRoleSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? "输入有误" };
  const result = await attempt(async () => createCreditRole(await actionContext(), parsed.data));
  return result.ok ? { ok: true, message: "署名角色已添加" } : refused(result.error);
}
