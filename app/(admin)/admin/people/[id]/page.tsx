import { notFound } from "next/navigation";
import { PersonForm } from "../person-form";
import { requirePermission } from "@/lib/auth/require-permission";
import { getDb } from "@/lib/db";
import { currentMessages } from "@/lib/i18n/server";
import { findPersonForEdit, listAccountChoices } from "@/lib/services/people/people-queries";
import { parseId } from "@/lib/validations/ids";
import { fill } from "@/lib/i18n/fill";

export async function generateMetadata() {
  return { title: (await currentMessages({ fresh: true })).admin.people.edit };
}

export default async function EditPersonPage({ params }: PageProps<"/admin/people/[id]">) {
  const { id: rawId } = await params;
  await requirePermission(`/admin/people/${rawId}`, "people.manage");
  const db = await getDb();
  const [users, messages] = await Promise.all([listAccountChoices(db), currentMessages({ fresh: true })]);
  const m = messages.admin.people;
  if (rawId === "new") {
    return (
      <main className="space-y-4">
        <h1 className="text-2xl font-bold">{m.add}</h1>
        <PersonForm person={{ name: "", affiliation: "", bio: "", userId: "" }} users={users} />
      </main>
    );
  }
  const id = parseId(rawId);
  const person = id === null ? null : await findPersonForEdit(db, id);
  if (!person) notFound();
  return (
    <main className="space-y-4">
      <h1 className="text-2xl font-bold">{fill(m.editing, { name: person.name })}</h1>
      <PersonForm
        person={{
          id: person.id,
          name: person.name,
          affiliation: person.affiliation ?? "",
          bio: person.bio ?? "",
          userId: person.userId ? String(person.userId) : "",
        }}
        users={users}
      />
    </main>
  );
}
