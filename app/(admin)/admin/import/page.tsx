import Link from "next/link";
import { editorChoices } from "../articles/editor-data";
import { BulkImport } from "./bulk-import";
import { SingleImport } from "./single-import";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";

export const metadata = { title: "导入稿件" };

export default async function ImportPage() {
  const user = await requireUser("/admin/import");
  const { roles } = await editorChoices();
  const canPublish = can(user, "article.publish");
  return (
    <main className="space-y-10">
      <div>
        <h1 className="text-2xl font-bold">导入稿件</h1>
        <p className="mt-1 text-sm text-neutral-500">
          识别标题、“2022年08月05日13:48来源:X”、【……记者 X 通讯员 Y】、小标题与段落、(编辑
          X)等常见格式;无法识别的内容保留在正文中并提示。
          {can(user, "settings.manage") && (
            <>
              {" "}
              <Link className="underline" href="/admin/export.json">
                导出全部内容(JSON)
              </Link>
            </>
          )}
        </p>
      </div>
      <section aria-labelledby="single">
        <h2 id="single" className="mb-3 text-lg font-bold">
          单篇导入
        </h2>
        <SingleImport roles={roles} canPublish={canPublish} />
      </section>
      <section aria-labelledby="bulk">
        <h2 id="bulk" className="mb-3 text-lg font-bold">
          批量导入
        </h2>
        <BulkImport canPublish={canPublish} />
      </section>
    </main>
  );
}
