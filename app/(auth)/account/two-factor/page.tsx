import { EnableTwoFactorForm, ManageTwoFactorForms } from "./two-factor-forms";
import { QrCode } from "@/components/admin/qr-code";
import { accountActionContext } from "@/lib/actions/account/account-context";
import { twoFactorRequiredFor } from "@/lib/auth/permissions";
import { safeReturnPath } from "@/lib/auth/redirect";
import { requireAccount } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { fill } from "@/lib/i18n/fill";
import { currentMessages } from "@/lib/i18n/server";
import { readSiteSettings } from "@/lib/services/settings/site-settings";
import { pendingEnrolment, recoveryCodesLeft } from "@/lib/services/account/two-factor";

export async function generateMetadata() {
  return { title: (await currentMessages({ fresh: true })).account.twoFactor.title, robots: { index: false } };
}

export default async function TwoFactorPage({ searchParams }: PageProps<"/account/two-factor">) {
  const signedIn = await requireAccount("/account/two-factor");
  const [ctx, messages, settings] = await Promise.all([
    accountActionContext(),
    currentMessages({ fresh: true }),
    readSiteSettings(await getDb()),
  ]);
  const m = messages.account.twoFactor;
  const next = { href: safeReturnPath((await searchParams).callbackUrl), label: m.continue };
  if (signedIn.hasTwoFactor) {
    const required = twoFactorRequiredFor(signedIn.user.role) && settings.requireTwoFactor;
    return (
      <>
        <h1 className="text-2xl font-bold">{m.title}</h1>
        <p>{m.on}</p>
        <p className="text-sm text-neutral-500">
          {fill(m.codesLeft, { n: await recoveryCodesLeft(ctx, signedIn.user.id) })}
        </p>
        {required && <p className="text-sm text-neutral-500">{m.required}</p>}
        <ManageTwoFactorForms labels={m} canDisable={!required} />
      </>
    );
  }
  const enrolment = await pendingEnrolment(ctx, env.siteName);
  return (
    <>
      <h1 className="text-2xl font-bold">{m.title}</h1>
      {signedIn.pending === "twoFactor" && (
        <p role="status" className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm dark:bg-amber-950">
          {m.forced}
        </p>
      )}
      <p>{m.off}</p>
      {enrolment && (
        <section className="space-y-3">
          <p className="text-sm">{m.scan}</p>
          <QrCode text={enrolment.uri} label={m.qrLabel} />
          <p className="text-sm">
            {m.secret}:{" "}
            <code
              data-testid="totp-secret"
              className="rounded bg-neutral-100 px-2 py-0.5 break-all dark:bg-neutral-800"
            >
              {enrolment.secret}
            </code>
          </p>
          <EnableTwoFactorForm labels={m} next={next} />
        </section>
      )}
    </>
  );
}
