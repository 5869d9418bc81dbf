"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { formAction } from "@/lib/actions/define-action";
import { env } from "@/lib/env";
import type { Messages } from "@/lib/i18n";
import { importWireCopy } from "@/lib/import/wire-copy-import";
import { creditsField, localTime } from "@/lib/validations/article";
import { fill } from "@/lib/i18n/fill";

const schema = (timeZone: string, strings: Messages) =>
  z.object({
    text: z.string().min(1, { error: strings.validation.importTextLost }),
    title: z.string().trim().min(1, { error: strings.validation.titleRequired }).max(200),
    source: z
      .string()
      .trim()
      .max(100)
      .transform((value) => value || null),
    publishedAt: localTime(timeZone, strings.admin.ui.articleFields),
    credits: creditsField({
      label: strings.admin.ui.articleFields.fields.credits.label,
      errors: strings.admin.ui.articleFields.errors,
    }),
    publish: z.enum(["true", "false"]).transform((value) => value === "true"),
    // Ticked by the editor after seeing the article this copy looks like.
    allowDuplicate: z
      .literal("true")
      .optional()
      .transform((value) => value === "true"),
  });

/** Creates the article from wire copy with the editor's confirmed title, time, source and credits. */
export const createFromImportAction = formAction({
  name: "import.create",
  input: (strings) => schema(env.timeZone, strings),
  run: ({ text, publish, allowDuplicate, ...overrides }, ctx) =>
    importWireCopy(ctx, text, { timeZone: env.timeZone, publish, overrides, allowDuplicate }),
  done: (outcome, { publish }, strings) =>
    outcome.status === "skipped"
      ? {
          ok: false,
          message: fill(strings.actions.notImported, {
            reason: outcome.duplicateOf
              ? fill(strings.admin.ui.import.duplicateOf, {
                  id: outcome.duplicateOf.id,
                  title: outcome.duplicateOf.title,
                })
              : (outcome.reason ?? ""),
          }),
        }
      : redirect(`/admin/articles/${outcome.id}?notice=${publish ? "publish" : "saved"}`),
});
