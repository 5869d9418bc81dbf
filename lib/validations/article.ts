// The article form's rules, shared by the form (field names, limits) and the server action.
import { z } from "zod";
import { isSafeImageSrc } from "@/lib/newsroom/body";
import { parseLocalDateTime } from "@/lib/newsroom/time";

export const TITLE_MAX = 200;
export const SHORT_MAX = 100;
export const SUMMARY_MAX = 500;
export const NAME_MAX = 60;

const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, { error: `${label}不能超过 ${max} 个字` })
    .optional()
    .transform((value) => value || null);

/** A wall-clock time in the site's zone, or null when left empty. */
export const localTime = (timeZone: string) =>
  z
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
    });

export const creditInputSchema = z.object({
  roleKey: z.string().min(1, { error: "请选择署名角色" }).max(40),
  name: z
    .string()
    .trim()
    .max(NAME_MAX, { error: `姓名不能超过 ${NAME_MAX} 个字` }),
  affiliation: optionalText(SHORT_MAX, "单位"),
});

/** Credits arrive from the form as a JSON list; rows left without a name are dropped. */
export const creditsField = z
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

/** Tags typed as one line: separated by commas (either width), 、 or semicolons. */
const tagsField = z
  .string()
  .optional()
  .transform((text) =>
    (text ?? "")
      .split(/[,,、;;]+/)
      .map((tag) => tag.trim())
      .filter(Boolean),
  )
  .pipe(z.array(z.string().max(30, { error: "标签不能超过 30 个字" })).max(20, { error: "标签最多 20 个" }));

const sourceUrl = z
  .string()
  .trim()
  .optional()
  .transform((value) => value || null)
  .pipe(z.url({ protocol: /^https?$/, error: "来源链接须是 http(s) 网址" }).nullable());

const sectionId = z
  .string()
  .optional()
  .transform((value) => (value ? Number(value) : null))
  .pipe(z.number().int().positive().nullable());

/** The cover's library id; "" removes the cover. A form without the field leaves the cover as it is. */
const coverMediaId = z
  .string()
  .optional()
  .transform((value) => (value === undefined ? undefined : value.trim() === "" ? null : Number(value)))
  .pipe(z.number({ error: "封面图片无效" }).int().positive().nullable().optional());

/**
 * What the cover picker shows of its choice, posted along so a refused form can show it again. Only
 * ever displayed back to the editor who sent it, and its address must still be an image address.
 */
export const coverChoiceSchema = z.object({
  id: z.number().int().positive(),
  url: z.string().max(2048).refine(isSafeImageSrc),
  width: z.number().int().nonnegative(),
  height: z.number().int().nonnegative(),
  alt: z.string().max(1000),
  name: z.string().max(200),
});

export const ARTICLE_INTENTS = ["save", "autosave", "publish", "submit", "schedule"] as const;
export type ArticleIntent = (typeof ARTICLE_INTENTS)[number];

/** The form's schema; times are read as wall-clock times in `timeZone` (the site's zone). */
export const articleFormSchema = (timeZone: string) =>
  z.object({
    id: z.coerce.number().int().positive().optional(),
    version: z.coerce.number().int().positive().optional(),
    kicker: optionalText(SHORT_MAX, "引题"),
    title: z
      .string({ error: "请填写标题" })
      .trim()
      .min(1, { error: "请填写标题" })
      .max(TITLE_MAX, { error: `标题不能超过 ${TITLE_MAX} 个字` }),
    subtitle: optionalText(TITLE_MAX, "副题"),
    summary: optionalText(SUMMARY_MAX, "摘要"),
    source: optionalText(SHORT_MAX, "来源"),
    sourceUrl,
    sectionId,
    tags: tagsField,
    publishedAt: localTime(timeZone),
    embargoUntil: localTime(timeZone),
    scheduledAt: localTime(timeZone),
    body: z.string().max(500_000, { error: "正文过长" }).default(""),
    coverMediaId,
    credits: creditsField,
    intent: z.enum(ARTICLE_INTENTS).default("save"),
  });

export type ArticleFormData = z.output<ReturnType<typeof articleFormSchema>>;
