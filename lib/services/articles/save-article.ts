// Creates or updates an article, optionally moving it on in the workflow, in one transaction:
// either all of it is saved (content, credits, tags, revision, audit) or none of it is.
import { can, canEditArticle, type Actor } from "@/lib/auth/permissions";
import { TAGS } from "@/lib/content/tags";
import { env } from "@/lib/env";
import type { Article, Prisma } from "@/lib/generated/prisma/client";
import { formatLocalDateTime } from "@/lib/newsroom/time";
import { articleContentInclude, columnData, contentOfRow } from "@/lib/services/articles/article-columns";
import type { ArticleInput, CreditInput } from "@/lib/services/articles/article-input";
import { reindexArticle } from "@/lib/search/index-article";
import { bodyFingerprint } from "@/lib/services/articles/fingerprint";
import { writeRevision } from "@/lib/services/articles/revisions";
import { recordEvent } from "@/lib/events/record";
import { readersSee, visibilityEvent } from "@/lib/events/visibility";
import { audit } from "@/lib/services/audit";
import { applyTransition, type TransitionRequest } from "@/lib/services/articles/transition";
import type { ServiceContext } from "@/lib/services/context";
import { forbidden, invalid, notFound, say, ServiceError, type Said, type Saying } from "@/lib/services/errors";
import { resolvePeople } from "@/lib/services/people/resolve-people";
import { resolveTags } from "@/lib/services/taxonomy/resolve-tags";
import { invalidateStaleSignOffs } from "@/lib/services/review/chain";
import { checkReviewedSave } from "@/lib/services/review/gate";
import { emptyContent, mergeContent, sameContent, type ArticleContent } from "@/lib/validations/article-content";

export interface SaveArticleInput extends ArticleInput {
  id?: number;
  /** The version the editor started from; a save against a newer version is refused. */
  version?: number;
  /** An autosave: on a live article it is kept as a revision only, never shown to readers. */
  autosave?: boolean;
  /** This save brings back an earlier revision. */
  restoredFrom?: number;
  /** Move on in the workflow after saving (publish, submit, schedule…), in the same transaction. */
  then?: TransitionRequest;
}

export interface SavedArticle {
  id: number;
  version: number;
  status: Article["status"];
  /** True when an autosave of a live article was kept aside instead of applied. */
  keptAside: boolean;
}

export class ConflictError extends ServiceError {
  constructor(
    saying: Saying,
    readonly revisionId: number,
  ) {
    super("conflict", saying);
  }
}

// Live content changes only by a deliberate save, never by an autosave.
const LIVE_STATUSES: ReadonlySet<Article["status"]> = new Set(["PUBLISHED", "SCHEDULED"]);

async function writeCredits(tx: Prisma.TransactionClient, articleId: number, credits: CreditInput[]) {
  await tx.credit.deleteMany({ where: { articleId } });
  const known = new Set((await tx.creditRole.findMany({ select: { key: true } })).map((role) => role.key));
  const unknown = credits.find((credit) => !known.has(credit.roleKey));
  if (unknown) throw invalid(say("unknownRole", { role: unknown.roleKey }), { credits: ["unknownRoleField"] });
  const resolved = await resolvePeople(tx, credits);
  await tx.credit.createMany({
    data: resolved.map((credit, position) => ({
      articleId,
      personId: credit.personId,
      roleKey: credit.roleKey,
      position,
      affiliation: credit.affiliation,
    })),
  });
}

async function writeTags(tx: Prisma.TransactionClient, articleId: number, names: string[]) {
  await tx.articleTag.deleteMany({ where: { articleId } });
  const ids = await resolveTags(tx, names);
  await tx.articleTag.createMany({ data: ids.map((tagId, position) => ({ articleId, tagId, position })) });
}

/**
 * The cover to store: unchanged when the input leaves it out, and an image that no longer exists is
 * refused, except when restoring an old revision, which then simply comes back without that cover.
 */
async function resolveCover(
  tx: Prisma.TransactionClient,
  input: SaveArticleInput,
  current: number | null,
): Promise<number | null> {
  if (input.coverMediaId === undefined) return current;
  if (input.coverMediaId === null) return null;
  if (await tx.media.findUnique({ where: { id: input.coverMediaId }, select: { id: true } })) return input.coverMediaId;
  if (input.restoredFrom) return null;
  throw invalid("coverGone", { coverMediaId: ["coverGoneField"] });
}

async function checkContent(tx: Prisma.TransactionClient, content: ArticleContent) {
  if (content.title.trim() === "") throw invalid("titleRequired", { title: ["titleRequired"] });
  if (content.sectionId !== null && !(await tx.section.findUnique({ where: { id: content.sectionId } }))) {
    throw invalid("sectionGone", { sectionId: ["sectionGoneField"] });
  }
}

/** The row's columns for `content`; every save also clears the embargo's announcement. */
function rowData(content: ArticleContent, actor: Actor) {
  // A new embargo must be announced again when it ends.
  return { ...columnData(content), ...bodyFingerprint(content.body), embargoLiftedAt: null, updatedById: actor.id };
}

function conflictMessage(
  current: { updatedAt: Date; updatedById: number | null; updatedBy: { name: string } | null } | null,
  actor: Actor,
): Said {
  const when = current ? formatLocalDateTime(current.updatedAt, env.timeZone) : "";
  // Naming the editors themselves as "someone" would send them looking for a colleague.
  if (current?.updatedById === actor.id) return say("saveConflictSelf", { when });
  const who = current?.updatedBy?.name ?? say("someoneElse");
  return say("saveConflict", { who, when });
}

type Outcome =
  | { kind: "saved"; article: Article; keptAside: boolean; unchanged?: boolean }
  | { kind: "conflict"; baseVersion: number; content: ArticleContent };

export async function saveArticle(ctx: ServiceContext, input: SaveArticleInput): Promise<SavedArticle> {
  const { actor, db } = ctx;
  const now = ctx.now?.() ?? new Date();

  const outcome = await db.$transaction(async (tx): Promise<Outcome> => {
    let article: Article;
    let wasLive = false;
    // The row as it was, for the domain event a save makes (lib/events/).
    let previous: Article | undefined;
    // What the article holds once saved: the input over what is stored. The revision keeps exactly this.
    let content: ArticleContent;
    if (input.id === undefined) {
      if (!can(actor, "article.create")) throw forbidden();
      content = { ...mergeContent(emptyContent, input), coverMediaId: await resolveCover(tx, input, null) };
      await checkContent(tx, content);
      article = await tx.article.create({ data: { ...rowData(content, actor), createdById: actor.id } });
    } else {
      const existing = await tx.article.findUnique({ where: { id: input.id }, include: articleContentInclude });
      if (!existing) throw notFound();
      if (!canEditArticle(actor, existing)) throw forbidden("cannotEdit");
      const before = contentOfRow(existing);
      content = {
        ...mergeContent(before, input),
        coverMediaId: await resolveCover(tx, input, existing.coverMediaId),
      };
      await checkContent(tx, content);
      wasLive = existing.status === "PUBLISHED";
      previous = existing;
      const expected = input.version ?? existing.version;
      if (existing.version !== expected) {
        // The same text sent again from an older version: a save whose answer was lost (the editor retries
        // it) or an edit made twice. Nothing would change and nothing would be overwritten: it is saved.
        if (!input.then && !input.restoredFrom && sameContent(before, content)) {
          return { kind: "saved", article: existing, keptAside: false, unchanged: true };
        }
        return { kind: "conflict", baseVersion: expected, content };
      }
      if (input.autosave && LIVE_STATUSES.has(existing.status)) {
        await writeRevision(tx, actor, existing.id, existing.version, "AUTOSAVE", content);
        return { kind: "saved", article: existing, keptAside: true };
      }
      await checkReviewedSave(tx, existing, before, content, now);
      // The version check and the write are one statement, so two saves cannot both pass it.
      const { count } = await tx.article.updateMany({
        where: { id: input.id, version: expected },
        data: { ...rowData(content, actor), version: { increment: 1 } },
      });
      if (count === 0) return { kind: "conflict", baseVersion: expected, content };
      article = await tx.article.findUniqueOrThrow({ where: { id: input.id } });
    }
    // Tags and credits are rewritten only when sent: rewriting matches people by name again.
    if (input.credits !== undefined) await writeCredits(tx, article.id, content.credits);
    if (input.tags !== undefined) await writeTags(tx, article.id, content.tags);
    await reindexArticle(tx, article.id);
    // Approvals of other content stop counting; a resave of the same content keeps them.
    if (input.id !== undefined) await invalidateStaleSignOffs(tx, article.id, now);
    const kind = input.restoredFrom ? "RESTORE" : input.autosave ? "AUTOSAVE" : "SAVE";
    await writeRevision(tx, actor, article.id, article.version, kind, content);
    if (input.restoredFrom) {
      await audit(tx, actor, "article.restoreRevision", {
        articleId: article.id,
        details: { revisionId: input.restoredFrom },
      });
    }
    if (input.then) article = await applyTransition(tx, actor, article, input.then, now);
    else if (wasLive) article = await tx.article.update({ where: { id: article.id }, data: { modifiedAt: now } });
    if (!input.then && previous) {
      // A save can move an embargo, and so what readers see; otherwise a save readers see is an update.
      const event = visibilityEvent(previous, article, now) ?? (readersSee(article, now) ? "article.updated" : null);
      if (event) await recordEvent(tx, event, article, { at: now });
    }
    return { kind: "saved", article, keptAside: false };
  });

  if (outcome.kind === "conflict") {
    // Kept outside the refused transaction, so the editor's text survives even if the tab closes.
    const articleId = input.id ?? 0;
    const revisionId = await db.$transaction((tx) =>
      writeRevision(tx, actor, articleId, outcome.baseVersion, "CONFLICT", outcome.content),
    );
    const current = await db.article.findUnique({
      where: { id: articleId },
      select: { updatedAt: true, updatedById: true, updatedBy: { select: { name: true } } },
    });
    throw new ConflictError(conflictMessage(current, actor), revisionId);
  }
  const { article, keptAside, unchanged } = outcome;
  if (!keptAside && !unchanged) ctx.onChange?.([TAGS.articleLists, TAGS.article(article.id)]);
  return { id: article.id, version: article.version, status: article.status, keptAside };
}
