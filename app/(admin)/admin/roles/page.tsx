import { CreditRoleForm } from "./role-form";
import { requirePermission } from "@/lib/auth/require-permission";
import { getDb } from "@/lib/db";
import { listCreditRoles } from "@/lib/services/articles/admin-queries";

export const metadata = { title: "署名角色" };

export default async function RolesPage() {
  await requirePermission("/admin/roles", "roles.manage");
  const roles = await listCreditRoles(await getDb());
  return (
    <main className="space-y-6">
      <h1 className="text-2xl font-bold">署名角色</h1>
      <table className="bg-white text-left text-sm dark:bg-neutral-900">
        <thead>
          <tr className="border-b border-neutral-200 dark:border-neutral-800">
            <th className="p-2">代码</th>
            <th className="p-2">中文</th>
            <th className="p-2">英文</th>
            <th className="p-2">位置</th>
          </tr>
        </thead>
        <tbody>
          {roles.map((role) => (
            <tr key={role.key} className="border-b border-neutral-100 dark:border-neutral-800">
              <td className="p-2 font-mono">{role.key}</td>
              <td className="p-2">{role.nameZh}</td>
              <td className="p-2">{role.nameEn}</td>
              <td className="p-2">{role.placement === "BYLINE" ? "正文前" : "文末"}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <CreditRoleForm />
    </main>
  );
}
