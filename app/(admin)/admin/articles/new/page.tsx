import { ArticleEditor } from "../article-editor";
import { editorChoices } from "../editor-data";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { emptyArticleForm } from "@/lib/validations/article-form-values";

export const metadata = { title: "写新文章" };

export default async function NewArticlePage() {
  const user = await requireUser("/admin/articles/new");
  const choices = await editorChoices();
  const editorial = can(user, "article.publish");
  return (
    <main>
      <h1 className="mb-6 text-2xl font-bold">写新文章</h1>
      <ArticleEditor
        initial={emptyArticleForm}
        roles={choices.roles}
        sections={choices.sections}
        permissions={{ canPublish: editorial, canSubmit: !editorial, readOnly: false, live: false }}
        mediaMaxBytes={env.mediaMaxBytes}
      />
    </main>
  );
}
