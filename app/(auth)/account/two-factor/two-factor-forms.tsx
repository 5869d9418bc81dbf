"use client";

import { ActionForm } from "@/components/admin/action-form";
import {
  disableTwoFactorAction,
  enableTwoFactorAction,
  regenerateRecoveryCodesAction,
} from "@/lib/actions/account/two-factor";

const inputClass =
  "mt-1 block w-48 rounded border border-neutral-300 px-3 py-2 dark:border-neutral-700 dark:bg-neutral-900";

function RecoveryCodes({
  intro,
  codes,
  next,
}: {
  intro: string;
  codes: string[];
  next?: { href: string; label: string };
}) {
  return (
    <span className="mt-3 block space-y-2 text-neutral-900 dark:text-neutral-100">
      <span className="block">{intro}</span>
      <span className="grid max-w-md grid-cols-2 gap-1 font-mono" data-testid="recovery-codes">
        {codes.map((code) => (
          <code key={code}>{code}</code>
        ))}
      </span>
      {next && (
        <a href={next.href} className="inline-block rounded bg-brand px-3 py-1.5 text-white">
          {next.label}
        </a>
      )}
    </span>
  );
}

export function EnableTwoFactorForm({
  labels,
  next,
}: {
  labels: { code: string; enable: string; codesIntro: string };
  next: { href: string; label: string };
}) {
  return (
    <ActionForm
      action={enableTwoFactorAction}
      label={labels.enable}
      tone="primary"
      className="space-y-3"
      renderData={(codes) => <RecoveryCodes intro={labels.codesIntro} codes={codes} next={next} />}
    >
      <label className="block">
        <span className="text-sm font-medium">{labels.code}</span>
        <input name="code" inputMode="numeric" autoComplete="one-time-code" required className={inputClass} />
      </label>
    </ActionForm>
  );
}

function PasswordField({ label }: { label: string }) {
  return (
    <label className="block">
      <span className="text-sm font-medium">{label}</span>
      <input name="currentPassword" type="password" autoComplete="current-password" required className={inputClass} />
    </label>
  );
}

export function ManageTwoFactorForms({
  labels,
  canDisable,
}: {
  labels: { currentPassword: string; regenerate: string; regenerated: string; disable: string };
  canDisable: boolean;
}) {
  return (
    <div className="space-y-6">
      <ActionForm
        action={regenerateRecoveryCodesAction}
        label={labels.regenerate}
        className="space-y-3"
        renderData={(codes) => <RecoveryCodes intro={labels.regenerated} codes={codes} />}
      >
        <PasswordField label={labels.currentPassword} />
      </ActionForm>
      {canDisable && (
        <ActionForm action={disableTwoFactorAction} label={labels.disable} tone="danger" className="space-y-3">
          <PasswordField label={labels.currentPassword} />
        </ActionForm>
      )}
    </div>
  );
}
