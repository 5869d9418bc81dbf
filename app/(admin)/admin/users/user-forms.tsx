"use client";

import { ActionForm } from "@/components/admin/action-form";
import { changeRoleAction, createUserAction, resetPasswordAction, setDisabledAction } from "@/lib/actions/admin/users";

const inputClass = "rounded border border-neutral-300 px-2 py-1.5 text-sm dark:border-neutral-700 dark:bg-neutral-900";
const ROLES = [
  ["ADMIN", "管理员"],
  ["EDITOR", "编辑"],
  ["REPORTER", "记者"],
] as const;

const showSecret = (secret: string) => (
  <code data-testid="generated-password" className="ml-2 rounded bg-neutral-100 px-2 py-0.5 dark:bg-neutral-800">
    {secret}
  </code>
);

export function CreateUserForm() {
  return (
    <ActionForm
      action={createUserAction}
      label="创建账号"
      tone="primary"
      renderData={(password) => <>,初始密码(只显示这一次):{showSecret(password)}</>}
    >
      <input name="name" placeholder="姓名" aria-label="姓名" className={`${inputClass} w-28`} />
      <input name="email" type="email" placeholder="邮箱" aria-label="邮箱" className={`${inputClass} w-56`} />
      <select name="role" aria-label="角色" defaultValue="REPORTER" className={inputClass}>
        {ROLES.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
      <input
        name="password"
        type="password"
        placeholder="密码(留空自动生成)"
        aria-label="密码"
        autoComplete="new-password"
        className={`${inputClass} w-44`}
      />
    </ActionForm>
  );
}

export function UserControls({
  userId,
  name,
  role,
  disabled,
}: {
  userId: number;
  name: string;
  role: string;
  disabled: boolean;
}) {
  return (
    <span className="flex flex-wrap items-center gap-3">
      <ActionForm action={changeRoleAction} fields={{ userId }} label="改角色">
        <select name="role" defaultValue={role} aria-label={`${name} 的角色`} className={inputClass}>
          {ROLES.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </ActionForm>
      <ActionForm
        action={setDisabledAction}
        fields={{ userId, disabled: String(!disabled) }}
        label={disabled ? "启用" : "停用"}
        tone={disabled ? "default" : "danger"}
        confirm={disabled ? undefined : `停用 ${name} 的账号?其登录会立即失效。`}
      />
      <ActionForm
        action={resetPasswordAction}
        fields={{ userId }}
        label="重置密码"
        confirm={`为 ${name} 生成新密码?其登录会立即失效。`}
        renderData={showSecret}
      />
    </span>
  );
}
