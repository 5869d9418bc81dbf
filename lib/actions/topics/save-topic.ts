"use server";

import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/define-action";
import { saveTopic } from "@/lib/services/topics/manage-topics";
import { idSchema } from "@/lib/validations/ids";
import { topicSchema } from "@/lib/validations/topics";

export const saveTopicAction = formAction({
  name: "topic.save",
  input: (strings) => topicSchema(strings.validation).extend({ id: idSchema.optional() }),
  run: ({ id, ...topic }, ctx) => saveTopic(ctx, id ?? null, topic),
  // A new topic is given its articles on its own screen.
  done: (id, input, strings) =>
    input.id === undefined ? redirect(`/admin/topics/${id}`) : { ok: true, message: strings.topics.actions.saved },
});
