import Link from "next/link";
import { articlePath } from "@/lib/content/article-view";

interface Props {
  articles: Array<{ id: number; title: string }>;
  className?: string;
  linkClassName?: string;
}

/** A plain list of article titles, each a link: editors' picks, section blocks, related reading. */
export function ArticleLinks({ articles, className = "space-y-2", linkClassName = "hover:text-accent" }: Props) {
  return (
    <ul className={className}>
      {articles.map((article) => (
        <li key={article.id}>
          <Link href={articlePath(article.id)} className={linkClassName}>
            {article.title}
          </Link>
        </li>
      ))}
    </ul>
  );
}
