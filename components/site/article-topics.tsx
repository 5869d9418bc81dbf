import Link from "next/link";
import { topicPath } from "@/lib/content/topic-queries";

/** The topics (专题) an article is in, linked from its page. */
export function ArticleTopics({ topics, label }: { topics: Array<{ slug: string; title: string }>; label: string }) {
  if (topics.length === 0) return null;
  return (
    <nav aria-label={label} className="mx-auto max-w-3xl px-4 text-sm" data-testid="article-topics">
      <p className="flex flex-wrap gap-2">
        {label}
        {topics.map((topic) => (
          <Link
            key={topic.slug}
            href={topicPath(topic.slug)}
            className="rounded bg-neutral-100 px-2 dark:bg-neutral-800"
          >
            {topic.title}
          </Link>
        ))}
      </p>
    </nav>
  );
}
