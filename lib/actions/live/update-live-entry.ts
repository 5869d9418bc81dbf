"use server";

import { formAction } from "@/lib/actions/define-action";
import { updateLiveEntry } from "@/lib/services/live/live-entries";
import { editLiveEntrySchema } from "@/lib/validations/live";

export const updateLiveEntryAction = formAction({
  name: "live.update",
  input: (strings) => editLiveEntrySchema(strings.validation),
  run: ({ entryId, text, ...entry }, ctx) => updateLiveEntry(ctx, entryId, { body: text, ...entry }),
  done: (_nothing, _input, strings) => ({ ok: true, message: strings.topics.live.actions.updated }),
});
