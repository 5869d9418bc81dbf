// Schemas of the admin's smaller forms: accounts, people, sections, tags, credit roles, settings. Each
// is built from the interface language's words (`validation` in lib/i18n/messages), so a refusal reads
// in the language the admin works in; actions pass their strings (see lib/actions/define-action.ts).
import { z } from "zod";
import { PASSWORD_MIN_LENGTH, passwordProblem } from "@/lib/auth/password-policy";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n";
import { idSchema } from "@/lib/validations/ids";

export type ValidationWords = Messages["validation"];

const text = (max: number, message: string) => z.string().trim().min(1, { error: message }).max(max);
const optional = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((value) => value || null);

export const userRoleSchema = (v: ValidationWords) => z.enum(["ADMIN", "EDITOR", "REPORTER"], { error: v.unknownRole });

export const createUserSchema = (v: ValidationWords) =>
  z.object({
    email: z
      .string()
      .trim()
      .toLowerCase()
      .pipe(z.email({ error: v.validEmail })),
    name: text(60, v.nameRequired),
    role: userRoleSchema(v),
    password: z
      .string()
      .optional()
      .transform((value) => value || null)
      .pipe(
        z
          .string()
          .min(PASSWORD_MIN_LENGTH, { error: fill(v.passwordTooShort, { min: PASSWORD_MIN_LENGTH }) })
          .refine((password) => passwordProblem(password) === null, { error: v.passwordTooCommon })
          .nullable(),
      ),
  });

export const personSchema = (v: ValidationWords) =>
  z.object({
    name: text(60, v.nameRequired),
    affiliation: optional(100),
    bio: optional(2000),
    // "" (no account) or the id of one.
    userId: z
      .literal("")
      .transform(() => null)
      .or(idSchema.nullable())
      .default(null),
  });

export const sectionSchema = (v: ValidationWords) =>
  z.object({
    slug: z.string().trim().toLowerCase().min(1, { error: v.slugRequired }).max(60),
    name: text(30, v.sectionNameRequired),
    description: optional(500),
    position: z.coerce.number().int().min(0).max(10_000).default(0),
  });

export const creditRoleSchema = (v: ValidationWords) =>
  z.object({
    key: text(40, v.roleKeyRequired),
    nameZh: text(20, v.nameZhRequired),
    nameEn: text(40, v.nameEnRequired),
    placement: z.enum(["BYLINE", "CLOSING"]),
  });

/** A yes/no a form posts as "true" or "false" (hidden fields of buttons). */
export const booleanField = z.enum(["true", "false"]).transform((value) => value === "true");
