"use server";

import { z } from "zod";
import { formAction } from "@/lib/actions/define-action";
import {
  createCreditRole,
  deleteSection,
  deleteTag,
  renameTag,
  saveSection,
} from "@/lib/services/taxonomy/manage-taxonomy";
import { creditRoleSchema, sectionSchema } from "@/lib/validations/admin";
import { idSchema } from "@/lib/validations/ids";

const byId = z.object({ id: idSchema });

export const saveSectionAction = formAction({
  name: "section.save",
  input: (strings) => sectionSchema(strings.validation).extend({ id: idSchema.optional() }),
  run: ({ id, ...section }, ctx) => saveSection(ctx, id ?? null, section),
  done: (_id, _input, strings) => ({ ok: true, message: strings.actions.sectionSaved }),
});

export const deleteSectionAction = formAction({
  name: "section.delete",
  input: byId,
  run: ({ id }, ctx) => deleteSection(ctx, id),
  done: (_nothing, _input, strings) => ({ ok: true, message: strings.actions.sectionDeleted }),
});

export const renameTagAction = formAction({
  name: "tag.rename",
  input: byId.extend({ name: z.string().max(100) }),
  run: ({ id, name }, ctx) => renameTag(ctx, id, name),
  done: (_nothing, _input, strings) => ({ ok: true, message: strings.actions.tagUpdated }),
});

export const deleteTagAction = formAction({
  name: "tag.delete",
  input: byId,
  run: ({ id }, ctx) => deleteTag(ctx, id),
  done: (_nothing, _input, strings) => ({ ok: true, message: strings.actions.tagDeleted }),
});

export const createCreditRoleAction = formAction({
  name: "role.create",
  input: (strings) => creditRoleSchema(strings.validation),
  run: (role, ctx) => createCreditRole(ctx, role),
  done: (_nothing, _input, strings) => ({ ok: true, message: strings.actions.roleAdded }),
});
