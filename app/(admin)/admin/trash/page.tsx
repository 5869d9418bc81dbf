import { EmptyTrashButton, RestoreButton } from "./trash-buttons";
import { ArticleTable } from "@/components/admin/article-table";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/require-permission";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { listArticlesForAdmin } from "@/lib/services/articles/admin-queries";

export const metadata = { title: "回收站" };

export default async function TrashPage() {
  const user = await requirePermission("/admin/trash", "article.viewAll");
  const { articles } = await listArticlesForAdmin(await getDb(), user, { trash: true });
  return (
    <main className="space-y-4">
      <div className="flex items-center justify-between">
        <h1 className="text-2xl font-bold">回收站</h1>
        {can(user, "trash.empty") && articles.length > 0 && <EmptyTrashButton />}
      </div>
      <ArticleTable
        articles={articles}
        timeZone={env.timeZone}
        empty="回收站是空的。"
        action={(article) => <RestoreButton id={article.id} />}
      />
    </main>
  );
}
