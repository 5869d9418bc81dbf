import { CreateUserForm, UserControls } from "./user-forms";
import { requirePermission } from "@/lib/auth/require-permission";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { currentMessages } from "@/lib/i18n/server";
import { listAccounts } from "@/lib/services/admin-lists";
import { formatLocalDateTime } from "@/lib/newsroom/time";

export async function generateMetadata() {
  return { title: (await currentMessages({ fresh: true })).admin.users.title };
}

export default async function UsersPage() {
  await requirePermission("/admin/users", "users.manage");
  const [users, messages] = await Promise.all([listAccounts(await getDb()), currentMessages({ fresh: true })]);
  const m = messages.admin.users;
  return (
    <main className="space-y-6">
      <h1 className="text-2xl font-bold">{m.title}</h1>
      <section>
        <h2 className="mb-2 font-bold">{m.create}</h2>
        <CreateUserForm />
      </section>
      <table className="w-full border-collapse bg-white text-left text-sm dark:bg-neutral-900">
        <thead>
          <tr className="border-b border-neutral-200 dark:border-neutral-800">
            <th className="p-2">{m.name}</th>
            <th className="p-2">{m.email}</th>
            <th className="p-2">{m.role}</th>
            <th className="p-2">{m.status}</th>
            <th className="p-2">{m.twoFactor}</th>
            <th className="p-2">{m.createdAt}</th>
            <th className="p-2">{m.actions}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id} className="border-b border-neutral-100 dark:border-neutral-800" data-testid="user-row">
              <td className="p-2">{user.name}</td>
              <td className="p-2">{user.email}</td>
              <td className="p-2">{messages.admin.ui.userForm.roles[user.role]}</td>
              <td className="p-2">{user.disabledAt ? m.disabled : m.active}</td>
              <td className="p-2">{user.totpSecret ? m.twoFactorOn : m.twoFactorOff}</td>
              <td className="p-2">{formatLocalDateTime(user.createdAt, env.timeZone)}</td>
              <td className="p-2">
                <UserControls
                  userId={user.id}
                  name={user.name}
                  role={user.role}
                  disabled={!!user.disabledAt}
                  hasTwoFactor={!!user.totpSecret}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}
