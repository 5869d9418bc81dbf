import { CreditRoleForm } from "./role-form";
import { requirePermission } from "@/lib/auth/require-permission";
import { getDb } from "@/lib/db";
import { currentMessages } from "@/lib/i18n/server";
import { listCreditRoles } from "@/lib/services/articles/admin-queries";

export async function generateMetadata() {
  return { title: (await currentMessages({ fresh: true })).admin.roles.title };
}

export default async function RolesPage() {
  await requirePermission("/admin/roles", "roles.manage");
  const [roles, messages] = await Promise.all([listCreditRoles(await getDb()), currentMessages({ fresh: true })]);
  const m = messages.admin.roles;
  return (
    <main className="space-y-6">
      <h1 className="text-2xl font-bold">{m.title}</h1>
      <table className="bg-white text-left text-sm dark:bg-neutral-900">
        <thead>
          <tr className="border-b border-neutral-200 dark:border-neutral-800">
            <th className="p-2">{m.key}</th>
            <th className="p-2">{m.nameZh}</th>
            <th className="p-2">{m.nameEn}</th>
            <th className="p-2">{m.placement}</th>
          </tr>
        </thead>
        <tbody>
          {roles.map((role) => (
            <tr key={role.key} className="border-b border-neutral-100 dark:border-neutral-800">
              <td className="p-2 font-mono">{role.key}</td>
              <td className="p-2">{role.nameZh}</td>
              <td className="p-2">{role.nameEn}</td>
              <td className="p-2">{role.placement === "BYLINE" ? m.byline : m.closing}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <CreditRoleForm />
    </main>
  );
}
