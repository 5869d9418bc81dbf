"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { actionContext } from "@/lib/actions/action-context";
import { actionMessages } from "@/lib/i18n/server";
import { attempt, refused, type ActionResult } from "@/lib/actions/result";
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
export async function createFromImportAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const parsed = schema(env.timeZone).safeParse(Object.fromEntries(form));
  if (!parsed.success)
    return { ok: false, message: parsed.error.issues[0]?.message ?? (await actionMessages()).invalidInput };
  const { text, publish, allowDuplicate, ...overrides } = parsed.data;
  const result = await attempt(async () =>
    importWireCopy(await actionContext(), text, { timeZone: env.timeZone, publish, overrides, allowDuplicate }),
  );
  if (!result.ok) return refused(result.error);
  if (result.value.status === "skipped")
    return { ok: false, message: (await actionMessages()).notImported(result.value.reason ?? "") };
  redirect(`/admin/articles/${result.value.id}?notice=${publish ? "publish" : "saved"}`);
}
