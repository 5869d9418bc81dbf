"use server";

import { actionContext } from "@/lib/actions/action-context";
import { actionMessages } from "@/lib/i18n/server";
import { attempt, refused, type ActionResult } from "@/lib/actions/result";
import {
  createCreditRole,
  deleteSection,
  deleteTag,
  renameTag,
  saveSection,
} from "@/lib/services/taxonomy/manage-taxonomy";
import { creditRoleSchema, sectionSchema } from "@/lib/validations/admin";

export async function saveSectionAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const parsed = sectionSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success)
    return { ok: false, message: parsed.error.issues[0]?.message ?? (await actionMessages()).invalidInput };
  const id = form.get("id") ? Number(form.get("id")) : null;
  const result = await attempt(async () => saveSection(await actionContext(), id, parsed.data));
  return result.ok ? { ok: true, message: (await actionMessages()).sectionSaved } : refused(result.error);
}

export async function deleteSectionAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const result = await attempt(async () => deleteSection(await actionContext(), Number(form.get("id"))));
  return result.ok ? { ok: true, message: (await actionMessages()).sectionDeleted } : refused(result.error);
}

export async function renameTagAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const result = await attempt(async () =>
    renameTag(await actionContext(), Number(form.get("id")), String(form.get("name") ?? "")),
  );
  return result.ok ? { ok: true, message: (await actionMessages()).tagUpdated } : refused(result.error);
}

export async function deleteTagAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const result = await attempt(async () => deleteTag(await actionContext(), Number(form.get("id"))));
  return result.ok ? { ok: true, message: (await actionMessages()).tagDeleted } : refused(result.error);
}

export async function createCreditRoleAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const parsed = creditRoleSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success)
    return { ok: false, message: parsed.error.issues[0]?.message ?? (await actionMessages()).invalidInput };
  const result = await attempt(async () => createCreditRole(await actionContext(), parsed.data));
  return result.ok ? { ok: true, message: (await actionMessages()).roleAdded } : refused(result.error);
}
