"use server";

import { formAction } from "@/lib/actions/define-action";
import { updateEndpoint } from "@/lib/services/webhooks/manage-endpoints";
import { updateEndpointSchema } from "@/lib/validations/webhooks";

export const updateEndpointAction = formAction({
  name: "webhook.update",
  input: (strings) => updateEndpointSchema(strings.webhooks.validation),
  run: ({ id, endpoint }, ctx) => updateEndpoint(ctx, id, endpoint),
  done: (_nothing, _input, strings) => ({ ok: true, message: strings.webhooks.actions.updated }),
});
