// Who may do what with the media library: pure rules, like lib/auth/permissions.ts, which they extend.
// Any signed-in staff member may upload and use images (a reporter files photos with the story); changing
// or deleting someone else's upload is an editorial decision.
import type { Actor } from "@/lib/auth/permissions";

export interface MediaRef {
  createdById: number | null;
}

const isEditorial = (actor: Actor) => actor.role === "ADMIN" || actor.role === "EDITOR";

export function canUseMedia(actor: Actor): boolean {
  return actor.role === "ADMIN" || actor.role === "EDITOR" || actor.role === "REPORTER";
}

/** Alt text, caption, credit, and deletion: the uploader, or an editor. */
export function canEditMedia(actor: Actor, media: MediaRef): boolean {
  return isEditorial(actor) || (actor.id !== null && media.createdById === actor.id);
}
