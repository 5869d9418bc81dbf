import Link from "next/link";
import { editorChoices } from "../articles/editor-data";
import { BulkImport } from "./bulk-import";
import { SingleImport } from "./single-import";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { currentMessages } from "@/lib/i18n/server";

export async function generateMetadata() {
  return { title: (await currentMessages({ fresh: true })).admin.importPage.title };
}

export default async function ImportPage() {
  const user = await requireUser("/admin/import");
  const [{ roles }, messages] = await Promise.all([editorChoices(), currentMessages({ fresh: true })]);
  const m = messages.admin.importPage;
  const canPublish = can(user, "article.publish");
  return (
    <main className="space-y-10">
      <div>
        <h1 className="text-2xl font-bold">{m.title}</h1>
        <p className="mt-1 text-sm text-neutral-500">
          {m.intro}
          {can(user, "settings.manage") && (
            <>
              {" "}
              <Link className="underline" href="/admin/export.json">
                {m.export}
              </Link>
            </>
          )}
        </p>
      </div>
      <section aria-labelledby="single">
        <h2 id="single" className="mb-3 text-lg font-bold">
          {m.single}
        </h2>
        <SingleImport roles={roles} canPublish={canPublish} />
      </section>
      <section aria-labelledby="bulk">
        <h2 id="bulk" className="mb-3 text-lg font-bold">
          {m.bulk}
        </h2>
        <BulkImport canPublish={canPublish} />
      </section>
    </main>
  );
}
