import { SettingsForm } from "./settings-form";
import { requirePermission } from "@/lib/auth/require-permission";
import { getDb } from "@/lib/db";
import { readSiteSettings } from "@/lib/services/settings/site-settings";

export const metadata = { title: "设置" };

export default async function SettingsPage() {
  await requirePermission("/admin/settings", "settings.manage");
  const settings = await readSiteSettings(await getDb());
  return (
    <main className="space-y-4">
      <h1 className="text-2xl font-bold">网站设置</h1>
      <SettingsForm bylineStyle={settings.bylineStyle} />
    </main>
  );
}
