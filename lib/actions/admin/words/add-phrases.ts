"use server";

import { fill } from "@/lib/i18n/fill";
import { formAction } from "@/lib/actions/define-action";
import { addPhrases } from "@/lib/services/sensitive-words/manage-phrases";
import { bulkPhrasesSchema } from "@/lib/validations/sensitive-words";

export const addPhrasesAction = formAction({
  name: "words.bulkAdd",
  input: (strings) => bulkPhrasesSchema(strings.validation),
  run: (batch, ctx) => addPhrases(ctx, batch),
  done: ({ added, skipped }, _input, strings) => ({
    ok: true,
    message: fill(skipped > 0 ? strings.words.actions.bulkAddedSkipped : strings.words.actions.bulkAdded, {
      added,
      skipped,
    }),
  }),
});
