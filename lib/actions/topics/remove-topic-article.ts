"use server";

import { formAction } from "@/lib/actions/define-action";
import { removeTopicArticle } from "@/lib/services/topics/manage-topics";
import { topicArticleSchema } from "@/lib/validations/topics";

export const removeTopicArticleAction = formAction({
  name: "topic.articles",
  input: topicArticleSchema,
  run: ({ topicId, articleId }, ctx) => removeTopicArticle(ctx, topicId, articleId),
  done: (_nothing, _input, strings) => ({ ok: true, message: strings.topics.actions.removed }),
});
