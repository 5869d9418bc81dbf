"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { formAction } from "@/lib/actions/define-action";
import { env } from "@/lib/env";
import { importWireCopy } from "@/lib/import/wire-copy-import";
import { creditsField, localTime } from "@/lib/validations/article";

const schema = (timeZone: string) =>
  z.object({
    text: z.string().min(1, { error: "稿件文本丢失,请重新粘贴" }),
    title: z.string().trim().min(1, { error: "请填写标题" }).max(200),
    source: z
      .string()
      .trim()
      .max(100)
      .transform((value) => value || null),
    publishedAt: localTime(timeZone),
    credits: creditsField,
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
  input: () => schema(env.timeZone),
  run: ({ text, publish, allowDuplicate, ...overrides }, ctx) =>
    importWireCopy(ctx, text, { timeZone: env.timeZone, publish, overrides, allowDuplicate }),
  done: (outcome, { publish }, strings) =>
    outcome.status === "skipped"
      ? { ok: false, message: strings.actions.notImported(outcome.reason ?? "") }
      : redirect(`/admin/articles/${outcome.id}?notice=${publish ? "publish" : "saved"}`),
});
