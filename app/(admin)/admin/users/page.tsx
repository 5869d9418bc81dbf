import { CreateUserForm, UserControls } from "./user-forms";
import { requirePermission } from "@/lib/auth/require-permission";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { formatLocalDateTime } from "@/lib/newsroom/time";
import { listAccounts } from "@/lib/services/admin-lists";

export const metadata = { title: "账号" };

const ROLE_NAMES = { ADMIN: "管理员", EDITOR: "编辑", REPORTER: "记者" } as const;

export default async function UsersPage() {
  await requirePermission("/admin/users", "users.manage");
  const users = await listAccounts(await getDb());
  return (
    <main className="space-y-6">
      <h1 className="text-2xl font-bold">账号</h1>
      <section>
        <h2 className="mb-2 font-bold">新建账号</h2>
        <CreateUserForm />
      </section>
      <table className="w-full border-collapse bg-white text-left text-sm dark:bg-neutral-900">
        <thead>
          <tr className="border-b border-neutral-200 dark:border-neutral-800">
            <th className="p-2">姓名</th>
            <th className="p-2">邮箱</th>
            <th className="p-2">角色</th>
            <th className="p-2">状态</th>
            <th className="p-2">创建于</th>
            <th className="p-2">操作</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id} className="border-b border-neutral-100 dark:border-neutral-800" data-testid="user-row">
              <td className="p-2">{user.name}</td>
              <td className="p-2">{user.email}</td>
              <td className="p-2">{ROLE_NAMES[user.role]}</td>
              <td className="p-2">{user.disabledAt ? "已停用" : "正常"}</td>
              <td className="p-2">{formatLocalDateTime(user.createdAt, env.timeZone)}</td>
              <td className="p-2">
                <UserControls userId={user.id} name={user.name} role={user.role} disabled={!!user.disabledAt} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}
