import Link from "next/link";
import { requirePermission } from "@/lib/auth/require-permission";
import { personPath } from "@/lib/content/article-view";
import { getDb } from "@/lib/db";
import { currentMessages } from "@/lib/i18n/server";
import { listPeople } from "@/lib/services/people/people-queries";

export async function generateMetadata() {
  return { title: (await currentMessages({ fresh: true })).admin.people.title };
}

export default async function PeoplePage() {
  await requirePermission("/admin/people", "people.manage");
  const [people, messages] = await Promise.all([listPeople(await getDb()), currentMessages({ fresh: true })]);
  const m = messages.admin.people;
  return (
    <main className="space-y-4">
      <div className="flex items-center justify-between">
        <h1 className="text-2xl font-bold">{m.title}</h1>
        <Link href="/admin/people/new" className="rounded bg-brand px-4 py-2 text-white">
          {m.add}
        </Link>
      </div>
      <table className="w-full border-collapse bg-white text-left text-sm dark:bg-neutral-900">
        <thead>
          <tr className="border-b border-neutral-200 dark:border-neutral-800">
            <th className="p-2">{m.name}</th>
            <th className="p-2">{m.affiliation}</th>
            <th className="p-2">{m.account}</th>
            <th className="p-2">{m.credits}</th>
            <th className="p-2">{m.publicPage}</th>
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
                  {m.view}
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}
