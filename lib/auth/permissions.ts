// Who may do what: one small function per rule, with no I/O, so that the service layer
// and the tests call the same code.
import type { ArticleStatus, UserRole } from "@/lib/generated/prisma/enums";

export interface Actor {
  /** null for the system itself (demo content, scheduled jobs). */
  id: number | null;
  role: UserRole;
}

export const SYSTEM_ACTOR: Actor = { id: null, role: "ADMIN" };

interface ArticleRef {
  createdById: number | null;
  status: ArticleStatus;
}

const isEditorial = (actor: Actor) => actor.role === "ADMIN" || actor.role === "EDITOR";

export function canCreateArticle(actor: Actor): boolean {
  return isEditorial(actor) || actor.role === "REPORTER";
}

/** Reporters edit only their own drafts; editors and admins edit anything. */
export function canEditArticle(actor: Actor, article: ArticleRef): boolean {
  if (isEditorial(actor)) return true;
  return (
    actor.role === "REPORTER" && actor.id !== null && article.createdById === actor.id && article.status === "DRAFT"
  );
}

export function canPublishArticle(actor: Actor): boolean {
  return isEditorial(actor);
}

export function canUnpublishArticle(actor: Actor): boolean {
  return isEditorial(actor);
}

/** Reporters see their own articles in the admin; editors and admins see all. */
export function canViewArticleInAdmin(actor: Actor, article: ArticleRef): boolean {
  return isEditorial(actor) || (actor.id !== null && article.createdById === actor.id);
}
