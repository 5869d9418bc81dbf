"use server";

import { callAction, refusalResult } from "@/lib/actions/define-action";
import type { ActionResult } from "@/lib/actions/result";
import { searchMedia, type MediaPage } from "@/lib/services/media/media-queries";
import { mediaSearchSchema } from "@/lib/validations/media";

/** The pickers' search (cover and body images): a read, but one the picker asks for without leaving the form. */
export const searchMediaAction = callAction({
  name: "media.search",
  input: mediaSearchSchema,
  run: (search, ctx) => searchMedia(ctx.db, ctx.actor, search),
  done: (page): ActionResult<MediaPage> => ({ ok: true, data: page }),
  refuse: refusalResult,
});
