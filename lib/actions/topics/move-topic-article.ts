"use server";

import { formAction } from "@/lib/actions/define-action";
import { moveTopicArticle } from "@/lib/services/topics/manage-topics";
import { moveTopicArticleSchema } from "@/lib/validations/topics";

export const moveTopicArticleAction = formAction({
  name: "topic.articles",
  input: moveTopicArticleSchema,
  run: ({ topicId, articleId, direction }, ctx) => moveTopicArticle(ctx, topicId, articleId, direction),
  done: (_nothing, _input, strings) => ({ ok: true, message: strings.topics.actions.moved }),
});
