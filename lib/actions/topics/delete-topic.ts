"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { formAction } from "@/lib/actions/define-action";
import { deleteTopic } from "@/lib/services/topics/manage-topics";
import { idSchema } from "@/lib/validations/ids";

export const deleteTopicAction = formAction({
  name: "topic.delete",
  input: z.object({ id: idSchema }),
  run: ({ id }, ctx) => deleteTopic(ctx, id),
  // The topic's own screen is gone: back to the list.
  done: () => redirect("/admin/topics"),
});
