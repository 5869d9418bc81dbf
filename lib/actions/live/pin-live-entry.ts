"use server";

import { formAction } from "@/lib/actions/define-action";
import { pinLiveEntry } from "@/lib/services/live/live-entries";
import { pinLiveEntrySchema } from "@/lib/validations/live";

export const pinLiveEntryAction = formAction({
  name: "live.pin",
  input: pinLiveEntrySchema,
  run: ({ entryId, pinned }, ctx) => pinLiveEntry(ctx, entryId, pinned),
  done: (_nothing, { pinned }, strings) => ({
    ok: true,
    message: pinned ? strings.topics.live.actions.pinned : strings.topics.live.actions.unpinned,
  }),
});
