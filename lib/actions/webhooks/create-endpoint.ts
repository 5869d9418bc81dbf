"use server";

import { formAction } from "@/lib/actions/define-action";
import { createEndpoint } from "@/lib/services/webhooks/manage-endpoints";
import { endpointSchema } from "@/lib/validations/webhooks";

/** Answers with the new endpoint's signing secret, shown to the admin this once. */
export const createEndpointAction = formAction({
  name: "webhook.create",
  input: (strings) => endpointSchema(strings.webhooks.validation),
  run: (endpoint, ctx) => createEndpoint(ctx, endpoint),
  done: ({ id, secret }, _input, strings) => ({
    ok: true,
    message: strings.webhooks.actions.created,
    data: { id, secret },
  }),
});
