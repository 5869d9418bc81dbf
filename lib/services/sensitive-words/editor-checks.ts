// What the editor shows beside an article: the sensitive-word hits of the content in the form (or as
// stored), and whether its source (来源) is off the newsroom's list of sources it may reprint from.
import { can, canViewArticle } from "@/lib/auth/permissions";
import type { WordHit } from "@/lib/newsroom/sensitive-words/matcher";
import { articleContentInclude, contentOfRow } from "@/lib/services/articles/article-columns";
import type { ServiceContext } from "@/lib/services/context";
import { forbidden, notFound } from "@/lib/services/errors";
import { contentHits } from "@/lib/services/sensitive-words/check-article";
import { isSourceNotAllowed, readNewsroomSettings } from "@/lib/services/settings/newsroom-settings";
import { emptyContent, mergeContent, type ArticleInput } from "@/lib/validations/article-content";

export interface EditorChecks {
  hits: WordHit[];
  /** The source, when there is a list of allowed sources and it is not on it. */
  sourceNotAllowed: string | null;
}

/** `input` over the stored article `id` (or a new one): exactly what saving it would store. */
export async function editorChecks(
  ctx: Pick<ServiceContext, "db" | "actor">,
  id: number | undefined,
  input: ArticleInput = {},
): Promise<EditorChecks> {
  let base = emptyContent;
  if (id === undefined) {
    if (!can(ctx.actor, "article.create")) throw forbidden();
  } else {
    const existing = await ctx.db.article.findUnique({ where: { id }, include: articleContentInclude });
    if (!existing) throw notFound();
    if (!canViewArticle(ctx.actor, existing)) throw forbidden("cannotView");
    base = contentOfRow(existing);
  }
  const content = mergeContent(base, input);
  const [hits, settings] = await Promise.all([contentHits(ctx.db, content), readNewsroomSettings(ctx.db)]);
  return { hits, sourceNotAllowed: isSourceNotAllowed(settings, content.source) ? content.source : null };
}
