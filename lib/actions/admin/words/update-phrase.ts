"use server";

import { formAction } from "@/lib/actions/define-action";
import { updatePhrase } from "@/lib/services/sensitive-words/manage-phrases";
import { updatePhraseSchema } from "@/lib/validations/sensitive-words";

export const updatePhraseAction = formAction({
  name: "words.update",
  input: (strings) => updatePhraseSchema(strings.validation),
  run: ({ id, ...phrase }, ctx) => updatePhrase(ctx, id, phrase),
  done: (_nothing, _input, strings) => ({ ok: true, message: strings.words.actions.updated }),
});
