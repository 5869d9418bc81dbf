// Schemas of the API-key screen's forms.
import { z } from "zod";
import { fill } from "@/lib/i18n/fill";
import type { ValidationWords } from "@/lib/validations/admin";
import { idSchema } from "@/lib/validations/ids";

export const API_KEY_NAME_MAX = 100;

export const createApiKeySchema = (v: ValidationWords) =>
  z.object({
    name: z
      .string()
      .trim()
      .min(1, { error: v.apiKeyNameRequired })
      .max(API_KEY_NAME_MAX, { error: fill(v.textTooLong, { max: API_KEY_NAME_MAX }) }),
  });

export type CreateApiKeyInput = z.infer<ReturnType<typeof createApiKeySchema>>;

export const revokeApiKeySchema = z.object({ id: idSchema });
