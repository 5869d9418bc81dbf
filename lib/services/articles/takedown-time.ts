import type { Article } from "@/lib/generated/prisma/client";
import type { TransitionRequest } from "@/lib/services/articles/transition";
import { invalid } from "@/lib/services/errors";

/** A take-down time must come after the article goes out, or it would be taken down at once. */
export function checkTakedownTime(article: Pick<Article, "takedownAt">, request: TransitionRequest, now: Date): void {
  if (!article.takedownAt) return;
  const goesOut = request.action === "schedule" && request.at ? request.at : now;
  if (article.takedownAt.getTime() > goesOut.getTime()) return;
  throw invalid("words.takedownBeforePublish", { takedownAt: ["words.takedownField"] });
}
