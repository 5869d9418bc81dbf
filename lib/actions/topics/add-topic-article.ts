"use server";

import { formAction } from "@/lib/actions/define-action";
import { addTopicArticle } from "@/lib/services/topics/manage-topics";
import { topicArticleSchema } from "@/lib/validations/topics";

export const addTopicArticleAction = formAction({
  name: "topic.articles",
  input: topicArticleSchema,
  run: ({ topicId, articleId }, ctx) => addTopicArticle(ctx, topicId, articleId),
  done: (_nothing, _input, strings) => ({ ok: true, message: strings.topics.actions.added }),
});
