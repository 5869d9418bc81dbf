import { NewsroomSettingsForm } from "./newsroom-settings-form";
import { SettingsForm } from "./settings-form";
import { requirePermission } from "@/lib/auth/require-permission";
import { getDb } from "@/lib/db";
import { currentMessages } from "@/lib/i18n/server";
import { readNewsroomSettings } from "@/lib/services/settings/newsroom-settings";
import { readSiteSettings } from "@/lib/services/settings/site-settings";

export async function generateMetadata() {
  return { title: (await currentMessages({ fresh: true })).admin.settings.title };
}

export default async function SettingsPage() {
  await requirePermission("/admin/settings", "settings.manage");
  const db = await getDb();
  const [settings, newsroom, m] = await Promise.all([
    readSiteSettings(db),
    readNewsroomSettings(db),
    currentMessages({ fresh: true }),
  ]);
  return (
    <main className="space-y-4">
      <h1 className="text-2xl font-bold">{m.admin.settings.heading}</h1>
      <SettingsForm settings={settings} labels={m.admin.settings} languageNames={m.languageNames} />
      <h2 className="pt-4 text-xl font-bold">{m.words.settings.heading}</h2>
      <NewsroomSettingsForm settings={newsroom} labels={m.words.settings} />
    </main>
  );
}
