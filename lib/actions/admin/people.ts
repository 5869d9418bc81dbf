"use server";

import { redirect } from "next/navigation";
import { actionContext } from "@/lib/actions/action-context";
import { actionMessages } from "@/lib/i18n/server";
import { attempt, refused, type ActionResult } from "@/lib/actions/result";
import { savePerson } from "@/lib/services/people/manage-people";
import { personSchema } from "@/lib/validations/admin";

export async function savePersonAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const parsed = personSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success)
    return { ok: false, message: parsed.error.issues[0]?.message ?? (await actionMessages()).invalidInput };
  const id = form.get("id") ? Number(form.get("id")) : null;
  const result = await attempt(async () => savePerson(await actionContext(), id, parsed.data));
  if (!result.ok) return refused(result.error);
  redirect(`/admin/people?notice=saved`);
}
