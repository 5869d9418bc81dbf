"use server";

import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/define-action";
import { deleteEndpoint } from "@/lib/services/webhooks/manage-endpoints";
import { endpointIdSchema } from "@/lib/validations/webhooks";

export const deleteEndpointAction = formAction({
  name: "webhook.delete",
  input: endpointIdSchema,
  run: ({ id }, ctx) => deleteEndpoint(ctx, id),
  done: () => redirect("/admin/webhooks"),
});
