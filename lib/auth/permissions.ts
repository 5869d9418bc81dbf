// Who may do what: pure rules with no I/O, so that the service layer and the tests call the same code.
// Every service checks one of these before it touches the database.
import type { ArticleStatus, UserRole } from "@/lib/generated/prisma/enums";
import { isStageSigner, type ChainStage } from "@/lib/newsroom/review-chain";

export interface Actor {
  /** null for the system itself (demo content, the scheduler). */
  id: number | null;
  role: UserRole;
}

export const SYSTEM_ACTOR: Actor = { id: null, role: "ADMIN" };

export interface ArticleRef {
  createdById: number | null;
  status: ArticleStatus;
  deletedAt?: Date | null;
}

const isAdmin = (actor: Actor) => actor.role === "ADMIN";
const isEditorial = (actor: Actor) => actor.role === "ADMIN" || actor.role === "EDITOR";
const owns = (actor: Actor, article: ArticleRef) => actor.id !== null && article.createdById === actor.id;

/** Site-wide abilities that do not depend on a particular article. */
export const SITE_PERMISSIONS = {
  /** One's own password, two-factor sign-in and sessions: any staff account, never the system. */
  "account.own": (actor: Actor) => actor.id !== null,
  "article.create": (actor: Actor) => isEditorial(actor) || actor.role === "REPORTER",
  "article.publish": isEditorial,
  "article.viewAll": isEditorial,
  "trash.empty": isAdmin,
  "people.manage": isEditorial,
  "sections.manage": isEditorial,
  "tags.manage": isEditorial,
  "topics.manage": isEditorial,
  "roles.manage": isAdmin,
  "users.manage": isAdmin,
  "settings.manage": isAdmin,
  "audit.view": isAdmin,
  /** The sensitive-word list: admins change it; editors read it, since they decide on the hits. */
  "words.manage": isAdmin,
  "words.view": isEditorial,
  /** The review chain's stages and its settings. */
  "review.configure": isAdmin,
  /** Publishing past an incomplete review chain, with a written reason. */
  "review.override": isAdmin,
  /** Keys of the content API (/api/v1): who may read the site by machine. */
  "apiKeys.manage": isAdmin,
  /** Webhook endpoints: their secrets sign what the newsroom sends out, and they reach into the network. */
  "webhooks.manage": isAdmin,
  /** The job queue's screen: failed jobs carry endpoint answers and errors; retrying re-sends them. */
  "jobs.manage": isAdmin,
  /** 阅读数 of the whole site (dashboard charts, top lists); everyone else sees their own articles'. */
  "readership.viewAll": isEditorial,
} satisfies Record<string, (actor: Actor) => boolean>;

export type SitePermission = keyof typeof SITE_PERMISSIONS;

export function can(actor: Actor, permission: SitePermission): boolean {
  return SITE_PERMISSIONS[permission](actor);
}

/** The roles the "require two-factor sign-in" setting applies to: those who publish and manage. */
export const twoFactorRequiredFor = (role: UserRole): boolean => role === "ADMIN" || role === "EDITOR";

/** Reporters see their own articles; editors and admins see all. */
export function canViewArticle(actor: Actor, article: ArticleRef): boolean {
  return isEditorial(actor) || owns(actor, article);
}

/** Reporters edit only their own drafts; editors and admins edit anything that is not in the trash. */
export function canEditArticle(actor: Actor, article: ArticleRef): boolean {
  if (article.deletedAt) return false;
  if (isEditorial(actor)) return article.status !== "ARCHIVED";
  return actor.role === "REPORTER" && owns(actor, article) && article.status === "DRAFT";
}

export function canSubmitArticle(actor: Actor, article: ArticleRef): boolean {
  return article.status === "DRAFT" && !article.deletedAt && (isEditorial(actor) || owns(actor, article));
}

/** Publish, schedule, unpublish, archive, send back, correct: editorial decisions. */
export function canDecideArticle(actor: Actor, article: ArticleRef): boolean {
  return isEditorial(actor) && !article.deletedAt;
}

/** Reporters may bin their own drafts; editors any article. */
export function canTrashArticle(actor: Actor, article: ArticleRef): boolean {
  if (article.deletedAt) return false;
  return isEditorial(actor) || (owns(actor, article) && article.status === "DRAFT");
}

export function canRestoreFromTrash(actor: Actor, article: ArticleRef): boolean {
  return isEditorial(actor) && !!article.deletedAt;
}

/** Live entries are published at once, as corrections are: an editorial decision on a live article. */
export function canPostLiveEntry(actor: Actor, article: ArticleRef): boolean {
  return isEditorial(actor) && !article.deletedAt;
}

/** An article under review can be signed before it goes out, and again after a change while scheduled. */
const SIGNABLE: ReadonlySet<ArticleStatus> = new Set(["DRAFT", "IN_REVIEW", "SCHEDULED", "UNPUBLISHED"]);

/** Signing a stage of the review chain: those the stage names (by role or by person). */
export function canSignStage(actor: Actor, stage: Pick<ChainStage, "roles" | "userIds">, article: ArticleRef): boolean {
  return !article.deletedAt && SIGNABLE.has(article.status) && isStageSigner(stage, actor);
}

/** A stage's signers may send a submitted (or scheduled) article back to its author, with a note. */
export function canSendBackFromStage(
  actor: Actor,
  stage: Pick<ChainStage, "roles" | "userIds">,
  article: ArticleRef,
): boolean {
  return (
    !article.deletedAt &&
    (article.status === "IN_REVIEW" || article.status === "SCHEDULED") &&
    isStageSigner(stage, actor)
  );
}
