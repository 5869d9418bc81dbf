"use server";

import { formAction } from "@/lib/actions/define-action";
import { addLiveEntry } from "@/lib/services/live/live-entries";
import { newLiveEntrySchema } from "@/lib/validations/live";

export const addLiveEntryAction = formAction({
  name: "live.add",
  input: (strings) => newLiveEntrySchema(strings.validation),
  run: ({ articleId, text, ...entry }, ctx) => addLiveEntry(ctx, articleId, { body: text, ...entry }),
  done: (_id, _input, strings) => ({ ok: true, message: strings.topics.live.actions.added }),
});
