"use server";

import { formAction } from "@/lib/actions/define-action";
import { updateMedia } from "@/lib/services/media/update-media";
import { idSchema } from "@/lib/validations/ids";
import { mediaTextSchema } from "@/lib/validations/media";

/** The library's edit form: id, alt, caption, credit. */
export const updateMediaAction = formAction({
  name: "media.update",
  input: (strings) => mediaTextSchema(strings.validation).extend({ id: idSchema }),
  run: ({ id, ...text }, ctx) => updateMedia(ctx, id, text),
  done: (_nothing, _input, strings) => ({ ok: true, message: strings.actions.mediaSaved }),
});
