import { EmptyTrashButton, RestoreButton } from "./trash-buttons";
import { ArticleTable } from "@/components/admin/article-table";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/require-permission";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { currentMessages } from "@/lib/i18n/server";
import { listArticlesForAdmin } from "@/lib/services/articles/admin-queries";

export async function generateMetadata() {
  return { title: (await currentMessages({ fresh: true })).admin.trash.title };
}

export default async function TrashPage() {
  const user = await requirePermission("/admin/trash", "article.viewAll");
  const { articles } = await listArticlesForAdmin(await getDb(), user, { trash: true });
  const m = (await currentMessages({ fresh: true })).admin.trash;
  return (
    <main className="space-y-4">
      <div className="flex items-center justify-between">
        <h1 className="text-2xl font-bold">{m.title}</h1>
        {can(user, "trash.empty") && articles.length > 0 && <EmptyTrashButton labels={m} />}
      </div>
      <ArticleTable
        articles={articles}
        timeZone={env.timeZone}
        empty={m.empty}
        action={(article) => <RestoreButton id={article.id} label={m.restore} />}
      />
    </main>
  );
}
