"use server";

import { z } from "zod";
import { formAction } from "@/lib/actions/define-action";
import { retractArticle, setFeatured } from "@/lib/services/articles/curation";
import { booleanField } from "@/lib/validations/admin";
import { idSchema } from "@/lib/validations/ids";

export const featureAction = formAction({
  name: "article.feature",
  input: z.object({ id: idSchema, featured: booleanField }),
  run: ({ id, featured }, ctx) => setFeatured(ctx, id, featured),
  done: (_nothing, { featured }, strings) => ({
    ok: true,
    message: featured ? strings.actions.featured : strings.actions.unfeatured,
  }),
});

export const retractAction = formAction({
  name: "article.retract",
  input: z.object({ id: idSchema, note: z.string().max(2000) }),
  run: ({ id, note }, ctx) => retractArticle(ctx, id, note),
  done: (_nothing, _input, strings) => ({ ok: true, message: strings.actions.retracted }),
});
