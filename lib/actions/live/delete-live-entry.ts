"use server";

import { formAction } from "@/lib/actions/define-action";
import { deleteLiveEntry } from "@/lib/services/live/live-entries";
import { liveEntryIdSchema } from "@/lib/validations/live";

export const deleteLiveEntryAction = formAction({
  name: "live.delete",
  input: liveEntryIdSchema,
  run: ({ entryId }, ctx) => deleteLiveEntry(ctx, entryId),
  done: (_nothing, _input, strings) => ({ ok: true, message: strings.topics.live.actions.deleted }),
});
