import type { ReactNode } from "react";
import type { PublicArticle } from "@/lib/content/article-view";
import type { Messages } from "@/lib/i18n";
import { fill } from "@/lib/i18n/fill";

interface Props {
  article: Pick<PublicArticle, "source" | "reprint">;
  labels: Messages["words"]["reprint"];
}

// Only an http(s) address becomes a link, whatever an old import file held.
const isWebAddress = (url: string) => /^https?:\/\//i.test(url);

function hostOf(url: string | null): string | null {
  if (!url || !isWebAddress(url)) return null;
  try {
    return new URL(url).host;
  } catch {
    return null;
  }
}

/** 转载自 来源(原标题《…》,原作者:…,原文链接), or its English, under the article. */
export function ReprintLine({ article, labels }: Props) {
  const { reprint } = article;
  if (!reprint) return null;
  const from = article.source ?? hostOf(reprint.url);
  const details: ReactNode[] = [];
  if (reprint.title) details.push(fill(labels.originalTitle, { title: reprint.title }));
  if (reprint.author) details.push(fill(labels.originalAuthor, { author: reprint.author }));
  if (reprint.url && isWebAddress(reprint.url)) {
    details.push(
      <a key="link" href={reprint.url} rel="noopener noreferrer nofollow" className="underline">
        {labels.originalLink}
      </a>,
    );
  }
  return (
    <p data-testid="reprint" className="text-neutral-600 dark:text-neutral-400">
      {fill(labels.from, { source: from ?? "" }).trim()}
      {details.length > 0 && (
        <>
          {labels.open}
          {details.map((detail, index) => (
            <span key={index}>
              {index > 0 && labels.separator}
              {detail}
            </span>
          ))}
          {labels.close}
        </>
      )}
    </p>
  );
}
