// The article form's rules, shared by the form (field names, limits) and the server action.
import { z } from "zod";
import { CREDIT_ROLES } from "@/lib/newsroom/credits";
import { parseLocalDateTime } from "@/lib/newsroom/time";

export const TITLE_MAX = 200;
export const SOURCE_MAX = 100;
export const NAME_MAX = 60;

export const creditInputSchema = z.object({
  role: z.enum(CREDIT_ROLES, { error: "未知的署名角色" }),
  name: z
    .string()
    .trim()
    .max(NAME_MAX, { error: `姓名不能超过 ${NAME_MAX} 个字` }),
  affiliation: z
    .string()
    .trim()
    .max(SOURCE_MAX, { error: `单位不能超过 ${SOURCE_MAX} 个字` })
    .optional()
    .transform((value) => value || null),
});

export type CreditInput = z.infer<typeof creditInputSchema>;

/** Credits arrive from the form as a JSON list; rows left without a name are dropped. */
const creditsField = z
  .string()
  .default("[]")
  .transform((text, ctx) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      ctx.addIssue({ code: "custom", message: "署名数据无法读取" });
      return z.NEVER;
    }
  })
  .pipe(z.array(creditInputSchema).max(50, { error: "署名过多" }))
  .transform((credits) => credits.filter((credit) => credit.name !== ""));

/** The form's schema; times are read as wall-clock times in `timeZone` (the site's zone). */
export const articleFormSchema = (timeZone: string) =>
  z.object({
    id: z.coerce.number().int().positive().optional(),
    version: z.coerce.number().int().positive().optional(),
    title: z
      .string({ error: "请填写标题" })
      .trim()
      .min(1, { error: "请填写标题" })
      .max(TITLE_MAX, { error: `标题不能超过 ${TITLE_MAX} 个字` }),
    source: z
      .string()
      .trim()
      .max(SOURCE_MAX, { error: `来源不能超过 ${SOURCE_MAX} 个字` })
      .optional()
      .transform((value) => value || null),
    publishedAt: z
      .string()
      .trim()
      .optional()
      .transform((value, ctx) => {
        if (!value) return null;
        const date = parseLocalDateTime(value, timeZone);
        if (!date) {
          ctx.addIssue({ code: "custom", message: "无法识别的时间,请按 2022-08-05 13:48 的格式填写" });
          return z.NEVER;
        }
        return date;
      }),
    body: z.string().max(200_000, { error: "正文过长" }).default(""),
    credits: creditsField,
    intent: z.enum(["save", "publish"]).default("save"),
  });

export type ArticleFormData = z.output<ReturnType<typeof articleFormSchema>>;
