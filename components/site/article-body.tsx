import { docToHtml, type BodyDoc } from "@/lib/newsroom/body";

/** The body as HTML built by the allow-list renderer in lib/newsroom/body.ts (all text escaped). */
export function ArticleBody({ body }: { body: BodyDoc }) {
  return <div className="article-body" dangerouslySetInnerHTML={{ __html: docToHtml(body) }} />;
}
