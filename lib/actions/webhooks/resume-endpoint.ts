"use server";

import { formAction } from "@/lib/actions/define-action";
import { resumeEndpoint } from "@/lib/services/webhooks/manage-endpoints";
import { endpointIdSchema } from "@/lib/validations/webhooks";

export const resumeEndpointAction = formAction({
  name: "webhook.resume",
  input: endpointIdSchema,
  run: ({ id }, ctx) => resumeEndpoint(ctx, id),
  done: (_resent, _input, strings) => ({ ok: true, message: strings.webhooks.actions.resumed }),
});
