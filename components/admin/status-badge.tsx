import type { ArticleStatus } from "@/lib/generated/prisma/enums";
import { currentMessages } from "@/lib/i18n/server";

const COLORS: Record<ArticleStatus, string> = {
  DRAFT: "bg-neutral-200 text-neutral-800 dark:bg-neutral-700 dark:text-neutral-100",
  IN_REVIEW: "bg-amber-100 text-amber-900 dark:bg-amber-900 dark:text-amber-100",
  SCHEDULED: "bg-sky-100 text-sky-900 dark:bg-sky-900 dark:text-sky-100",
  PUBLISHED: "bg-green-100 text-green-900 dark:bg-green-900 dark:text-green-100",
  UNPUBLISHED: "bg-red-100 text-red-900 dark:bg-red-900 dark:text-red-100",
  ARCHIVED: "bg-neutral-100 text-neutral-600 dark:bg-neutral-800 dark:text-neutral-300",
};

export async function StatusBadge({ status }: { status: ArticleStatus }) {
  const labels = (await currentMessages({ fresh: true })).admin.articleStatus;
  return (
    <span className={`inline-block rounded px-2 py-0.5 text-xs font-medium ${COLORS[status]}`} data-testid="status">
      {labels[status]}
    </span>
  );
}
