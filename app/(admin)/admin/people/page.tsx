import Link from "next/link";
import { requirePermission } from "@/lib/auth/require-permission";
import { personPath } from "@/lib/content/article-view";
import { getDb } from "@/lib/db";
import { listPeople } from "@/lib/services/people/people-queries";

export const metadata = { title: "人员" };

export default async function PeoplePage() {
  await requirePermission("/admin/people", "people.manage");
  const people = await listPeople(await getDb());
  return (
    <main className="space-y-4">
      <div className="flex items-center justify-between">
        <h1 className="text-2xl font-bold">人员</h1>
        <Link href="/admin/people/new" className="rounded bg-brand px-4 py-2 text-white">
          添加人员
        </Link>
      </div>
      <table className="w-full border-collapse bg-white text-left text-sm dark:bg-neutral-900">
        <thead>
          <tr className="border-b border-neutral-200 dark:border-neutral-800">
            <th className="p-2">姓名</th>
            <th className="p-2">单位</th>
            <th className="p-2">账号</th>
            <th className="p-2">署名次数</th>
            <th className="p-2">公开页面</th>
          </tr>
        </thead>
        <tbody>
          {people.map((person) => (
            <tr key={person.id} className="border-b border-neutral-100 dark:border-neutral-800">
              <td className="p-2">
                <Link href={`/admin/people/${person.id}`} className="hover:text-brand">
                  {person.name}
                </Link>
              </td>
              <td className="p-2">{person.affiliation ?? "—"}</td>
              <td className="p-2">{person.user?.name ?? "—"}</td>
              <td className="p-2">{person._count.credits}</td>
              <td className="p-2">
                <Link href={personPath(person.id)} className="underline">
                  查看
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}
