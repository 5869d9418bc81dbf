"use server";

import { formAction } from "@/lib/actions/define-action";
import { revokeApiKey } from "@/lib/services/api-keys/manage-api-keys";
import { revokeApiKeySchema } from "@/lib/validations/api-keys";

export const revokeApiKeyAction = formAction({
  name: "apiKey.revoke",
  input: revokeApiKeySchema,
  run: ({ id }, ctx) => revokeApiKey(ctx, id),
  done: (_nothing, _input, strings) => ({ ok: true, message: strings.api.actions.revoked }),
});
