import { SettingsForm } from "./settings-form";
import { requirePermission } from "@/lib/auth/require-permission";
import { getDb } from "@/lib/db";
import { currentMessages } from "@/lib/i18n/server";
import { readSiteSettings } from "@/lib/services/settings/site-settings";

export async function generateMetadata() {
  return { title: (await currentMessages({ fresh: true })).admin.settings.title };
}

export default async function SettingsPage() {
  await requirePermission("/admin/settings", "settings.manage");
  const [settings, m] = await Promise.all([readSiteSettings(await getDb()), currentMessages({ fresh: true })]);
  return (
    <main className="space-y-4">
      <h1 className="text-2xl font-bold">{m.admin.settings.heading}</h1>
      <SettingsForm settings={settings} labels={m.admin.settings} languageNames={m.languageNames} />
    </main>
  );
}
