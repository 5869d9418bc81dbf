"use server";

import { formAction } from "@/lib/actions/define-action";
import { deletePhrase } from "@/lib/services/sensitive-words/manage-phrases";
import { deletePhraseSchema } from "@/lib/validations/sensitive-words";

export const deletePhraseAction = formAction({
  name: "words.delete",
  input: deletePhraseSchema,
  run: ({ id }, ctx) => deletePhrase(ctx, id),
  done: (_nothing, _input, strings) => ({ ok: true, message: strings.words.actions.deleted }),
});
