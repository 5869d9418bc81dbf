import type { Actor } from "@/lib/auth/permissions";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/** What every write needs: who acts, on which database, and whom to tell what changed. */
export interface ServiceContext {
  db: PrismaClient;
  actor: Actor;
  /** Called after commit with the cache tags whose content changed (see lib/content/tags.ts). */
  onChange?: (tags: string[]) => void;
  now?: () => Date;
}
