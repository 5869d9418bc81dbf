import { ActionForm } from "@/components/admin/action-form";
import { changePasswordAction } from "@/lib/actions/account/change-password";
import { safeReturnPath } from "@/lib/auth/redirect";
import { requireAccount } from "@/lib/auth/session";
import { currentMessages } from "@/lib/i18n/server";
import { mustChooseEmail } from "@/lib/services/account/change-password";

export async function generateMetadata() {
  return { title: (await currentMessages({ fresh: true })).account.password.title, robots: { index: false } };
}

const inputClass =
  "mt-1 block w-full max-w-sm rounded border border-neutral-300 px-3 py-2 dark:border-neutral-700 dark:bg-neutral-900";

function Field({
  name,
  label,
  type = "password",
  autoComplete,
}: {
  name: string;
  label: string;
  type?: string;
  autoComplete: string;
}) {
  return (
    <label className="block">
      <span className="text-sm font-medium">{label}</span>
      <input name={name} type={type} autoComplete={autoComplete} required className={inputClass} />
    </label>
  );
}

export default async function ChangePasswordPage({ searchParams }: PageProps<"/account/password">) {
  const signedIn = await requireAccount("/account/password");
  const m = (await currentMessages({ fresh: true })).account.password;
  const forced = signedIn.pending === "password";
  // Where to go once done: only when the change was required, so the page is otherwise a plain form.
  const fields = forced ? { callbackUrl: safeReturnPath((await searchParams).callbackUrl) } : undefined;
  return (
    <>
      <h1 className="text-2xl font-bold">{m.title}</h1>
      {forced && (
        <p role="status" className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm dark:bg-amber-950">
          {m.forced}
        </p>
      )}
      <ActionForm action={changePasswordAction} fields={fields} label={m.save} tone="primary" className="space-y-4">
        <Field name="currentPassword" label={m.current} autoComplete="current-password" />
        {mustChooseEmail(signedIn.user.email) && (
          <>
            <Field name="email" label={m.email} type="email" autoComplete="email" />
            <p className="text-sm text-neutral-500">{m.emailHint}</p>
          </>
        )}
        <Field name="newPassword" label={m.next} autoComplete="new-password" />
        <Field name="confirmPassword" label={m.confirm} autoComplete="new-password" />
        <p className="text-sm text-neutral-500">{m.hint}</p>
      </ActionForm>
    </>
  );
}
