// Schemas of the topic (专题) forms, shared by the admin screens and their actions.
import { z } from "zod";
import type { ValidationWords } from "@/lib/validations/admin";
import { idSchema } from "@/lib/validations/ids";

/** "" (none) or an id. */
export const optionalId = z
  .literal("")
  .transform(() => null)
  .or(idSchema.nullable())
  .default(null);

export const topicSchema = (v: ValidationWords) =>
  z.object({
    slug: z.string().trim().toLowerCase().min(1, { error: v.slugRequired }).max(60),
    title: z.string().trim().min(1, { error: v.topicTitleRequired }).max(100),
    description: z
      .string()
      .trim()
      .max(1000)
      .optional()
      .transform((value) => value || null),
    coverId: optionalId,
  });

export const topicArticleSchema = z.object({ topicId: idSchema, articleId: idSchema });

export const moveTopicArticleSchema = topicArticleSchema.extend({ direction: z.enum(["up", "down"]) });
