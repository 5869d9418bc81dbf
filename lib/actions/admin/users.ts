"use server";

import { actionContext } from "@/lib/actions/action-context";
import { attempt, refused, type ActionResult } from "@/lib/actions/result";
import { changeRole, createUser, resetUserPassword, setDisabled } from "@/lib/services/users/manage-users";
import { createUserSchema, userRoleSchema } from "@/lib/validations/admin";

export async function createUserAction(
  _previous: ActionResult<string> | null,
  form: FormData,
): Promise<ActionResult<string>> {
  const parsed = createUserSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? "输入有误" };
  const result = await attempt(async () => createUser(await actionContext(), parsed.data));
  if (!result.ok) return refused(result.error);
  return { ok: true, message: `已创建 ${parsed.data.email}`, data: result.value.password };
}

export async function changeRoleAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const role = userRoleSchema.safeParse(form.get("role"));
  if (!role.success) return { ok: false, message: "未知的角色" };
  const result = await attempt(async () => changeRole(await actionContext(), Number(form.get("userId")), role.data));
  return result.ok ? { ok: true, message: "角色已更新" } : refused(result.error);
}

export async function setDisabledAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const disabled = form.get("disabled") === "true";
  const result = await attempt(async () => setDisabled(await actionContext(), Number(form.get("userId")), disabled));
  return result.ok ? { ok: true, message: disabled ? "账号已停用,其登录已失效" : "账号已启用" } : refused(result.error);
}

export async function resetPasswordAction(
  _previous: ActionResult<string> | null,
  form: FormData,
): Promise<ActionResult<string>> {
  const result = await attempt(async () => resetUserPassword(await actionContext(), Number(form.get("userId"))));
  return result.ok ? { ok: true, message: "新密码(只显示这一次):", data: result.value } : refused(result.error);
}
