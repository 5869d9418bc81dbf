"use server";

import { formAction } from "@/lib/actions/define-action";
import { createApiKey } from "@/lib/services/api-keys/manage-api-keys";
import { createApiKeySchema } from "@/lib/validations/api-keys";

/** The secret goes back to the form once, to be shown and copied; it is never stored in clear. */
export const createApiKeyAction = formAction({
  name: "apiKey.create",
  input: (strings) => createApiKeySchema(strings.validation),
  run: (input, ctx) => createApiKey(ctx, input),
  done: (key, _input, strings) => ({ ok: true, message: strings.api.actions.created, data: { secret: key.secret } }),
});
