// Schemas of the review chain's forms: a stage (its name, the roles and the accounts that sign it) and
// the note of a sign-off, a send-back or an override.
import { z } from "zod";
import { userRoleSchema, type ValidationWords } from "@/lib/validations/admin";
import { idSchema } from "@/lib/validations/ids";

export const reviewNoteSchema = z.string().max(2000);

const ROLE_FIELD = /^role-(ADMIN|EDITOR|REPORTER)$/;
const USER_FIELD = /^user-(.+)$/;

/**
 * A stage as its form posts it: `role-EDITOR=on` for each ticked role and `user-<id>=on` for each
 * ticked account (a form's repeated names would not survive being read as one object).
 */
export const reviewStageSchema = (v: ValidationWords) =>
  z
    .looseObject({ id: idSchema.optional(), name: z.string().trim().min(1, { error: v.stageNameRequired }).max(30) })
    .transform((posted, ctx) => {
      const roles: Array<z.infer<ReturnType<typeof userRoleSchema>>> = [];
      const userIds: number[] = [];
      for (const key of Object.keys(posted)) {
        const role = ROLE_FIELD.exec(key)?.[1];
        if (role) roles.push(userRoleSchema(v).parse(role));
        const user = USER_FIELD.exec(key)?.[1];
        if (user === undefined) continue;
        const id = idSchema.safeParse(user);
        if (!id.success) {
          ctx.addIssue({ code: "custom", path: ["userIds"], input: user });
          return z.NEVER;
        }
        userIds.push(id.data);
      }
      return { id: posted.id, name: posted.name, roles, userIds };
    });
