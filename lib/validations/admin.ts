// Schemas of the admin's smaller forms: accounts, people, sections, tags, credit roles, settings.
import { z } from "zod";
import { PASSWORD_MIN_LENGTH, passwordProblem } from "@/lib/auth/password-policy";
import { idSchema } from "@/lib/validations/ids";

const text = (max: number, message: string) => z.string().trim().min(1, { error: message }).max(max);
const optional = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((value) => value || null);

export const userRoleSchema = z.enum(["ADMIN", "EDITOR", "REPORTER"], { error: "未知的角色" });

export const createUserSchema = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.email({ error: "请输入有效的邮箱地址" })),
  name: text(60, "请填写姓名"),
  role: userRoleSchema,
  password: z
    .string()
    .optional()
    .transform((value) => value || null)
    .pipe(
      z
        .string()
        .min(PASSWORD_MIN_LENGTH, { error: `密码至少 ${PASSWORD_MIN_LENGTH} 个字符;留空则自动生成` })
        .refine((password) => passwordProblem(password) === null, { error: "这个密码太常见;留空则自动生成" })
        .nullable(),
    ),
});

export const personSchema = z.object({
  name: text(60, "请填写姓名"),
  affiliation: optional(100),
  bio: optional(2000),
  // "" (no account) or the id of one.
  userId: z
    .literal("")
    .transform(() => null)
    .or(idSchema.nullable())
    .default(null),
});

export const sectionSchema = z.object({
  slug: z.string().trim().toLowerCase().min(1, { error: "请填写网址名" }).max(60),
  name: text(30, "请填写栏目名"),
  description: optional(500),
  position: z.coerce.number().int().min(0).max(10_000).default(0),
});

export const creditRoleSchema = z.object({
  key: text(40, "请填写角色代码"),
  nameZh: text(20, "请填写中文名称"),
  nameEn: text(40, "请填写英文名称"),
  placement: z.enum(["BYLINE", "CLOSING"]),
});

/** A yes/no a form posts as "true" or "false" (hidden fields of buttons). */
export const booleanField = z.enum(["true", "false"]).transform((value) => value === "true");
