"use server";

import { formAction } from "@/lib/actions/define-action";
import { addPhrases } from "@/lib/services/sensitive-words/manage-phrases";
import { bulkPhrasesSchema } from "@/lib/validations/sensitive-words";

export const addPhrasesAction = formAction({
  name: "words.bulkAdd",
  input: bulkPhrasesSchema,
  run: (batch, ctx) => addPhrases(ctx, batch),
  done: ({ added, skipped }, _input, strings) => ({
    ok: true,
    message: strings.words.actions.bulkAdded(added, skipped),
  }),
});
