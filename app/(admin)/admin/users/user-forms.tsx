"use client";

import { ActionForm } from "@/components/admin/action-form";
import { useAdminMessages } from "@/components/admin/admin-messages";
import {
  changeRoleAction,
  createUserAction,
  resetPasswordAction,
  resetTwoFactorAction,
  setDisabledAction,
} from "@/lib/actions/admin/users";
import { fill } from "@/lib/i18n/fill";

const inputClass = "rounded border border-neutral-300 px-2 py-1.5 text-sm dark:border-neutral-700 dark:bg-neutral-900";
const ROLES = ["ADMIN", "EDITOR", "REPORTER"] as const;

const showSecret = (secret: string) => (
  <code data-testid="generated-password" className="ml-2 rounded bg-neutral-100 px-2 py-0.5 dark:bg-neutral-800">
    {secret}
  </code>
);

export function CreateUserForm() {
  const m = useAdminMessages().userForm;
  return (
    <ActionForm
      action={createUserAction}
      label={m.create}
      tone="primary"
      renderData={(password) => (
        <>
          {m.initialPassword}
          {showSecret(password)}
        </>
      )}
    >
      <input name="name" placeholder={m.name} aria-label={m.name} className={`${inputClass} w-28`} />
      <input name="email" type="email" placeholder={m.email} aria-label={m.email} className={`${inputClass} w-56`} />
      <select name="role" aria-label={m.role} defaultValue="REPORTER" className={inputClass}>
        {ROLES.map((value) => (
          <option key={value} value={value}>
            {m.roles[value]}
          </option>
        ))}
      </select>
      <input
        name="password"
        type="password"
        placeholder={m.passwordPlaceholder}
        aria-label={m.password}
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
  hasTwoFactor,
}: {
  userId: number;
  name: string;
  role: string;
  disabled: boolean;
  hasTwoFactor: boolean;
}) {
  const m = useAdminMessages().userForm;
  return (
    <span className="flex flex-wrap items-center gap-3">
      <ActionForm action={changeRoleAction} fields={{ userId }} label={m.changeRole}>
        <select name="role" defaultValue={role} aria-label={fill(m.roleOf, { name })} className={inputClass}>
          {ROLES.map((value) => (
            <option key={value} value={value}>
              {m.roles[value]}
            </option>
          ))}
        </select>
      </ActionForm>
      <ActionForm
        action={setDisabledAction}
        fields={{ userId, disabled: String(!disabled) }}
        label={disabled ? m.enable : m.disable}
        tone={disabled ? "default" : "danger"}
        confirm={disabled ? undefined : fill(m.confirmDisable, { name })}
      />
      <ActionForm
        action={resetPasswordAction}
        fields={{ userId }}
        label={m.resetPassword}
        confirm={fill(m.confirmReset, { name })}
        renderData={showSecret}
      />
      {hasTwoFactor && (
        <ActionForm
          action={resetTwoFactorAction}
          fields={{ userId }}
          label={m.resetTwoFactor}
          tone="danger"
          confirm={fill(m.confirmResetTwoFactor, { name })}
        />
      )}
    </span>
  );
}
