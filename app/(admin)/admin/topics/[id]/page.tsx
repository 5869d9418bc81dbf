import Link from "next/link";
import { notFound } from "next/navigation";
import { TopicForm } from "../topic-form";
import { ActionForm } from "@/components/admin/action-form";
import { StatusBadge } from "@/components/admin/status-badge";
import { addTopicArticleAction } from "@/lib/actions/topics/add-topic-article";
import { deleteTopicAction } from "@/lib/actions/topics/delete-topic";
import { moveTopicArticleAction } from "@/lib/actions/topics/move-topic-article";
import { removeTopicArticleAction } from "@/lib/actions/topics/remove-topic-article";
import { requirePermission } from "@/lib/auth/require-permission";
import { topicPath } from "@/lib/content/topic-queries";
import { getDb } from "@/lib/db";
import { fill } from "@/lib/i18n/fill";
import { currentMessages } from "@/lib/i18n/server";
import { searchArticlesForTopic, topicForAdmin } from "@/lib/services/topics/topic-admin-queries";
import { parseId } from "@/lib/validations/ids";

export async function generateMetadata() {
  return { title: (await currentMessages({ fresh: true })).topics.admin.editTitle };
}

const inputClass = "rounded border border-neutral-300 px-2 py-1.5 text-sm dark:border-neutral-700 dark:bg-neutral-900";

export default async function TopicPage({ params, searchParams }: PageProps<"/admin/topics/[id]">) {
  const { id: rawId } = await params;
  await requirePermission(`/admin/topics/${rawId}`, "topics.manage");
  const id = parseId(rawId);
  const db = await getDb();
  const topic = id === null ? null : await topicForAdmin(db, id);
  if (!topic) notFound();
  const { q } = await searchParams;
  const query = typeof q === "string" ? q : "";
  const [found, messages] = await Promise.all([searchArticlesForTopic(db, query), currentMessages({ fresh: true })]);
  const m = messages.topics.admin;
  const inTopic = new Set(topic.articles.map((link) => link.article.id));
  const last = topic.articles.length - 1;
  return (
    <main className="space-y-8">
      <p className="text-sm">
        <Link href="/admin/topics" className="underline">
          {m.back}
        </Link>
      </p>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold">{topic.title}</h1>
        <Link href={topicPath(topic.slug)} className="text-sm underline">
          {m.view}
        </Link>
      </div>
      <section className="max-w-xl">
        <TopicForm
          labels={m}
          topic={{
            id: topic.id,
            slug: topic.slug,
            title: topic.title,
            description: topic.description ?? "",
            coverId: topic.coverId === null ? "" : String(topic.coverId),
          }}
        />
      </section>
      <section className="space-y-3">
        <h2 className="font-bold">{m.articles}</h2>
        {topic.articles.length === 0 ? (
          <p className="text-sm text-neutral-500">{m.noArticles}</p>
        ) : (
          <ol className="space-y-2" data-testid="topic-articles">
            {topic.articles.map(({ article }, index) => (
              <li key={article.id} className="flex flex-wrap items-center gap-2" data-testid="topic-article">
                <span className="w-6 text-right text-sm text-neutral-500">{index + 1}.</span>
                <Link href={`/admin/articles/${article.id}`} className="underline">
                  {article.title}
                </Link>
                <StatusBadge status={article.status} />
                {index > 0 && (
                  <ActionForm
                    action={moveTopicArticleAction}
                    fields={{ topicId: topic.id, articleId: article.id, direction: "up" }}
                    label={m.up}
                  />
                )}
                {index < last && (
                  <ActionForm
                    action={moveTopicArticleAction}
                    fields={{ topicId: topic.id, articleId: article.id, direction: "down" }}
                    label={m.down}
                  />
                )}
                <ActionForm
                  action={removeTopicArticleAction}
                  fields={{ topicId: topic.id, articleId: article.id }}
                  label={m.remove}
                  tone="danger"
                />
              </li>
            ))}
          </ol>
        )}
      </section>
      <section className="space-y-3">
        <h2 className="font-bold">{m.addById}</h2>
        <ActionForm action={addTopicArticleAction} fields={{ topicId: topic.id }} label={m.addButton}>
          <input name="articleId" inputMode="numeric" aria-label={m.articleId} className={`${inputClass} w-32`} />
        </ActionForm>
        <h2 className="pt-2 font-bold">{m.search}</h2>
        <form method="get" className="flex flex-wrap items-center gap-2">
          <input name="q" defaultValue={query} aria-label={m.searchLabel} className={`${inputClass} w-64`} />
          <button type="submit" className="rounded border border-neutral-400 px-3 py-1.5 text-sm">
            {m.searchButton}
          </button>
        </form>
        {query && found.length === 0 && <p className="text-sm text-neutral-500">{m.noResults}</p>}
        <ul className="space-y-2">
          {found
            .filter((article) => !inTopic.has(article.id))
            .map((article) => (
              <li key={article.id} className="flex flex-wrap items-center gap-2" data-testid="topic-candidate">
                <span>
                  #{article.id} {article.title}
                </span>
                <StatusBadge status={article.status} />
                <ActionForm
                  action={addTopicArticleAction}
                  fields={{ topicId: topic.id, articleId: article.id }}
                  label={fill(m.addLabel, { title: article.title })}
                />
              </li>
            ))}
        </ul>
      </section>
      <section>
        <ActionForm
          action={deleteTopicAction}
          fields={{ id: topic.id }}
          label={m.delete}
          tone="danger"
          confirm={m.confirmDelete}
        />
      </section>
    </main>
  );
}
