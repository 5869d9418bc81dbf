"use server";

import { formAction } from "@/lib/actions/define-action";
import { createPhrase } from "@/lib/services/sensitive-words/manage-phrases";
import { phraseSchema } from "@/lib/validations/sensitive-words";

export const createPhraseAction = formAction({
  name: "words.create",
  input: (strings) => phraseSchema(strings.validation),
  run: (phrase, ctx) => createPhrase(ctx, phrase),
  done: (_id, _input, strings) => ({ ok: true, message: strings.words.actions.created }),
});
