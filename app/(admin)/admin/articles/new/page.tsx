import { ArticleEditor } from "../article-editor";
import { editorChoices } from "../editor-data";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { currentMessages } from "@/lib/i18n/server";
import { emptyArticleForm } from "@/lib/validations/article-form-values";

export async function generateMetadata() {
  return { title: (await currentMessages({ fresh: true })).admin.editPage.newTitle };
}

export default async function NewArticlePage() {
  const user = await requireUser("/admin/articles/new");
  const [choices, messages] = await Promise.all([editorChoices(), currentMessages({ fresh: true })]);
  const editorial = can(user, "article.publish");
  return (
    <main>
      <h1 className="mb-6 text-2xl font-bold">{messages.admin.editPage.newTitle}</h1>
      <ArticleEditor
        initial={emptyArticleForm}
        roles={choices.roles}
        sections={choices.sections}
        permissions={{ canPublish: editorial, canSubmit: !editorial, readOnly: false, live: false }}
        mediaMaxBytes={env.mediaMaxBytes}
        checks={{ initial: null, labels: messages.words.editor }}
      />
    </main>
  );
}
