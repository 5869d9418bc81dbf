import { ArticleForm } from "../article-form";
import { requireUser } from "@/lib/auth/session";
import { getMessages } from "@/lib/i18n";
import { emptyArticleForm } from "@/lib/validations/article-form-values";

export const metadata = { title: "写新文章" };

export default async function NewArticlePage() {
  await requireUser("/admin/articles/new");
  const m = getMessages().admin;
  return (
    <main>
      <h1 className="mb-6 text-2xl font-bold">{m.newArticle}</h1>
      <ArticleForm initial={emptyArticleForm} published={false} labels={m} />
    </main>
  );
}
