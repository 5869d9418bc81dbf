// The whole site's content as one JSON download, for admins (backups, moving to another instance).
import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { exportContent } from "@/lib/export/export-content";
import { actionMessages } from "@/lib/i18n/server";

export async function GET(): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return new Response((await actionMessages()).signInFirst, { status: 401 });
  if (!can(user, "settings.manage")) return new Response((await actionMessages()).exportAdminOnly, { status: 403 });
  const document = await exportContent(await getDb());
  const day = document.exportedAt.slice(0, 10);
  return new Response(JSON.stringify(document, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="masthead-export-${day}.json"`,
      "Cache-Control": "no-store",
    },
  });
}
