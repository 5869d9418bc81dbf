// The kinds of article field. A kind knows everything about one sort of value: how the form posts it,
// how a revision or an export file keeps it as JSON, how the history compares it, where the database
// keeps it and how the editor draws it. The declaration (article-fields.ts) gives each field a kind,
// so a new field of a known kind is one line there.
import { z } from "zod";
import { fill } from "@/lib/i18n/fill";
import { bodyDocSchema, checkEditorJson, emptyDoc, isSafeImageSrc, type BodyDoc } from "@/lib/newsroom/body";
import type { BodyErrorWords } from "@/lib/newsroom/body/errors";
import { formatLocalDateTime, parseLocalDateTime } from "@/lib/newsroom/time";
import { parseId } from "@/lib/validations/ids";

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** How a field's refusals are worded, in the interface language ({label}, {max} are filled in). */

/**
 * A JSON reviver that drops NUL characters from every string: PostgreSQL cannot store them, and a
 * posted document may spell one as \u0000, which the NUL filter of the form's text never sees.
 */
const withoutNul = (_key: string, value: unknown): unknown =>
  typeof value === "string" ? value.replaceAll("\u0000", "") : value;

export interface FieldErrorWording {
  required: string;
  tooLong: string;
  url: string;
  time: string;
  invalid: string;
  unreadable: string;
  tooMany: string;
  eachTooLong: string;
  /** A credit row: no role chosen, a name or an affiliation too long ({max}). */
  creditRole: string;
  creditName: string;
  creditAffiliation: string;
  /** Where a refused body is wrong, and why. */
  body: BodyErrorWords;
}

export interface ParseContext {
  timeZone: string;
  label: string;
  errors: FieldErrorWording;
}

/** How the generic editor draws a field; credits, cover and body have components of their own. */
export type Widget =
  | "headline"
  | "line"
  | "lines"
  | "url"
  | "time"
  | "flag"
  | "section"
  | "tags"
  | "credits"
  | "cover"
  | "body";

/** A column of Article: what reading it must find, and what writing it stores. */
export interface ColumnStore<Value> {
  kind: "column";
  read: z.ZodType<Value>;
  write(value: Value): unknown;
}

/** Rows of another table (tags, credits), written by the service itself; `read` takes the included rows. */
export interface RelationStore<Value> {
  kind: "relation";
  read: z.ZodType<Value>;
}

export interface FieldKind<Value, Form> {
  widget: Widget;
  store: ColumnStore<Value> | RelationStore<Value>;
  /**
   * What the form posted → the value. A field the form did not send parses to undefined: a save that
   * leaves a field out keeps what is stored.
   */
  parse(ctx: ParseContext): z.ZodType<Value | undefined>;
  /** The value in a revision snapshot or an export file; a file older than the field reads as `empty`. */
  json: z.ZodType<Value>;
  toJson(value: Value): Json;
  /** The form's value for a stored value, and for a new article. */
  toForm(value: Value, timeZone: string): Form;
  initialForm: Form;
  /** A submission as the form must show it again after a refusal: exactly what was sent, never parsed. */
  posted(form: PostedForm, name: string): Form;
  /** How the history prints a value; null for the body, which it compares block by block. */
  diffText(value: Value): string | null;
  empty: Value;
}

export interface ColumnField<Value, Form> extends FieldKind<Value, Form> {
  store: ColumnStore<Value>;
}

export interface RelationField<Value, Form> extends FieldKind<Value, Form> {
  store: RelationStore<Value>;
}

/** A form's fields as posted (Object.fromEntries of its FormData). */
export type PostedForm = Readonly<Record<string, unknown>>;

const postedText = (form: PostedForm, name: string) => {
  const value = form[name];
  return typeof value === "string" ? value : "";
};

const absent = (value: unknown): value is undefined => value === undefined;

const sameColumn = <Value>(read: z.ZodType<Value>): ColumnStore<Value> => ({
  kind: "column",
  read,
  write: (value) => value,
});

/** A line or a paragraph of text; "" stores nothing (null). */
export function text(options: { max: number; widget?: "line" | "lines" }): ColumnField<string | null, string> {
  return {
    widget: options.widget ?? "line",
    store: sameColumn(z.string().nullable()),
    parse: ({ label, errors }) =>
      z
        .string()
        .trim()
        .max(options.max, { error: fill(errors.tooLong, { label, max: options.max }) })
        .optional()
        .transform((value) => (absent(value) ? undefined : value || null)),
    json: z.string().nullable().default(null),
    toJson: (value) => value,
    toForm: (value) => value ?? "",
    initialForm: "",
    posted: postedText,
    diffText: (value) => value ?? "",
    empty: null,
  };
}

/** Text that must be there (the title). */
export function requiredText(options: { max: number }): ColumnField<string, string> {
  return {
    widget: "headline",
    store: sameColumn(z.string()),
    parse: ({ label, errors }) =>
      z
        .string({ error: fill(errors.required, { label }) })
        .trim()
        .min(1, { error: fill(errors.required, { label }) })
        .max(options.max, { error: fill(errors.tooLong, { label, max: options.max }) }),
    json: z.string().default(""),
    toJson: (value) => value,
    toForm: (value) => value,
    initialForm: "",
    posted: postedText,
    diffText: (value) => value,
    empty: "",
  };
}

const URL_MAX = 2048;

/** An http(s) address; "" stores nothing. */
export function url(): ColumnField<string | null, string> {
  return {
    ...text({ max: URL_MAX }),
    widget: "url",
    parse: (ctx) =>
      text({ max: URL_MAX })
        .parse(ctx)
        .pipe(z.url({ protocol: /^https?$/, error: fill(ctx.errors.url, { label: ctx.label }) }).nullish()),
  };
}

/** An instant, typed as a wall-clock time in the site's zone ("2022-08-05 13:48"); kept as ISO 8601. */
export function time(): ColumnField<Date | null, string> {
  return {
    widget: "time",
    store: sameColumn(z.date().nullable()),
    parse: ({ timeZone, errors }) => localTime(timeZone, errors.time),
    json: z.iso
      .datetime({ offset: true })
      .transform((value) => new Date(value))
      .nullable()
      .default(null),
    toJson: (value) => value?.toISOString() ?? null,
    toForm: (value, timeZone) => (value ? formatLocalDateTime(value, timeZone) : ""),
    initialForm: "",
    posted: postedText,
    diffText: (value) => value?.toISOString() ?? "",
    empty: null,
  };
}

/** A wall-clock time in `timeZone` → the instant; "" is null, and a form without the field gives undefined. */
export function localTime(timeZone: string, unreadable: string) {
  return z
    .string()
    .trim()
    .optional()
    .transform((value, ctx) => {
      if (absent(value)) return undefined;
      if (!value) return null;
      const date = parseLocalDateTime(value, timeZone);
      if (date) return date;
      ctx.addIssue({ code: "custom", message: unreadable });
      return z.NEVER;
    });
}

/**
 * A yes/no, posted as "true" or "false": the editor sends a hidden "false" before the checkbox, so an
 * unticked box still says so, and a form without the field keeps what is stored.
 */
export function flag(): ColumnField<boolean, string> {
  return {
    widget: "flag",
    store: sameColumn(z.boolean()),
    parse: ({ label, errors }) =>
      z
        .enum(["true", "false"], { error: fill(errors.invalid, { label }) })
        .optional()
        .transform((value) => (absent(value) ? undefined : value === "true")),
    json: z.boolean().default(false),
    toJson: (value) => value,
    toForm: (value) => String(value),
    initialForm: "false",
    posted: (form, name) => (postedText(form, name) === "true" ? "true" : "false"),
    diffText: (value) => (value ? "✓" : ""),
    empty: false,
  };
}

/** The id of a row of another table (a section, an image); "" stores none. */
function reference(widget: "section" | "cover"): Omit<ColumnField<number | null, string>, "posted" | "toForm"> {
  return {
    widget,
    store: sameColumn(z.number().int().nullable()),
    parse: ({ label, errors }) =>
      z
        .string()
        .optional()
        .transform((value, ctx) => {
          if (absent(value)) return undefined;
          if (value.trim() === "") return null;
          const id = parseId(value.trim());
          if (id !== null) return id;
          ctx.addIssue({ code: "custom", message: fill(errors.invalid, { label }) });
          return z.NEVER;
        }),
    json: z.number().int().positive().nullable().default(null),
    toJson: (value) => value,
    initialForm: "",
    diffText: (value) => (value === null ? "" : String(value)),
    empty: null,
  };
}

export function section(): ColumnField<number | null, string> {
  return {
    ...reference("section"),
    toForm: (value) => (value === null ? "" : String(value)),
    posted: postedText,
  };
}

/**
 * What the cover picker shows of its choice, posted along so a refused form can show it again. Only ever
 * displayed back to the editor who sent it, and its address must still be an image address.
 */
const coverChoiceSchema = z.object({
  id: z.number().int().positive(),
  url: z.string().max(2048).refine(isSafeImageSrc),
  width: z.number().int().nonnegative(),
  height: z.number().int().nonnegative(),
  alt: z.string().max(1000),
  name: z.string().max(200),
});

export type CoverChoice = z.infer<typeof coverChoiceSchema>;

/** Until the library is asked, a chosen image is shown by its number. */
const coverByNumber = (id: number): CoverChoice => ({
  id,
  url: "",
  width: 0,
  height: 0,
  alt: "",
  name: `#${id}`,
});

export function cover(): ColumnField<number | null, CoverChoice | null> {
  return {
    ...reference("cover"),
    toForm: (value) => (value === null ? null : coverByNumber(value)),
    initialForm: null,
    posted: (form, name) => {
      const id = Number(postedText(form, name) || NaN);
      if (!Number.isSafeInteger(id) || id <= 0) return null;
      try {
        const shown = coverChoiceSchema.safeParse(JSON.parse(postedText(form, "coverChoice")));
        if (shown.success && shown.data.id === id) return shown.data;
      } catch {
        // Not sent or not readable: the picker still shows which image by its number.
      }
      return coverByNumber(id);
    },
  };
}

/** The body: the editor posts the document as JSON; "" is an empty document. */
export function body(options: { maxChars: number }): ColumnField<BodyDoc, string> {
  const toJson = (value: BodyDoc): Json => JSON.parse(JSON.stringify(value)) as Json;
  return {
    widget: "body",
    store: { kind: "column", read: bodyDocSchema, write: toJson },
    parse: ({ label, errors }) =>
      z
        .string()
        .max(options.maxChars, { error: fill(errors.tooLong, { label, max: options.maxChars }) })
        .optional()
        .transform((raw, ctx) => {
          if (absent(raw)) return undefined;
          if (raw.trim() === "") return emptyDoc;
          let json: unknown;
          try {
            json = JSON.parse(raw, withoutNul);
          } catch {
            ctx.addIssue({ code: "custom", message: fill(errors.unreadable, { label }) });
            return z.NEVER;
          }
          const checked = checkEditorJson(json, errors.body);
          if (checked.ok) return checked.doc;
          // Which block and why (a video from a site outside the allow-list, say), so it can be fixed.
          ctx.addIssue({ code: "custom", message: `${fill(errors.invalid, { label })}:${checked.message}` });
          return z.NEVER;
        }),
    json: bodyDocSchema,
    toJson,
    toForm: (value) => JSON.stringify(value),
    initialForm: "",
    posted: postedText,
    diffText: () => null,
    empty: emptyDoc,
  };
}

/** Tags typed as one line: separated by commas (either width), 、 or semicolons. */
export function tags(options: { max: number; maxEach: number }): RelationField<string[], string> {
  return {
    widget: "tags",
    store: {
      kind: "relation",
      read: z
        .array(z.object({ tag: z.object({ name: z.string() }) }))
        .transform((rows) => rows.map((row) => row.tag.name)),
    },
    parse: ({ label, errors }) =>
      z
        .string()
        .optional()
        .transform((raw) =>
          absent(raw)
            ? undefined
            : raw
                .split(/[,,、;;]+/)
                .map((tag) => tag.trim())
                .filter(Boolean),
        )
        .pipe(
          z
            .array(
              z.string().max(options.maxEach, { error: fill(errors.eachTooLong, { label, max: options.maxEach }) }),
            )
            .max(options.max, { error: fill(errors.tooMany, { label, max: options.max }) })
            .optional(),
        ),
    json: z.array(z.string()).default([]),
    toJson: (value) => value,
    toForm: (value) => value.join(","),
    initialForm: "",
    posted: postedText,
    diffText: (value) => value.join(","),
    empty: [],
  };
}

// A type rather than an interface, so that it is a JSON value (revision snapshots keep it as it is).
export type CreditInput = {
  roleKey: string;
  name: string;
  affiliation: string | null;
};

/** One credit row as the editor typed it. */
export interface CreditRow {
  roleKey: string;
  name: string;
  affiliation: string;
}

const NAME_MAX = 60;
const AFFILIATION_MAX = 100;

const CREDITS_MAX = 50;

const creditInputSchema = (errors: FieldErrorWording) =>
  z.object({
    roleKey: z.string().min(1, { error: errors.creditRole }).max(40),
    name: z
      .string()
      .trim()
      .max(NAME_MAX, { error: fill(errors.creditName, { max: NAME_MAX }) }),
    affiliation: z
      .string()
      .trim()
      .max(AFFILIATION_MAX, { error: fill(errors.creditAffiliation, { max: AFFILIATION_MAX }) })
      .optional()
      .transform((value) => value || null),
  });

/** Credits as the form posts them: one JSON list; rows left without a name are dropped. */
const creditsJsonText = ({ label, errors }: Omit<ParseContext, "timeZone">) =>
  z
    .string()
    .transform((text, ctx) => {
      try {
        return JSON.parse(text, withoutNul) as unknown;
      } catch {
        ctx.addIssue({ code: "custom", message: fill(errors.unreadable, { label }) });
        return z.NEVER;
      }
    })
    .pipe(
      z.array(creditInputSchema(errors)).max(CREDITS_MAX, { error: fill(errors.tooMany, { label, max: CREDITS_MAX }) }),
    )
    .transform((rows) => rows.filter((credit) => credit.name !== ""));

/** The same for forms that always carry credits (the import's confirmation form): none sent is none. */
export const creditsField = (words: Omit<ParseContext, "timeZone">) =>
  z.string().default("[]").pipe(creditsJsonText(words));

const creditJson = z.object({ roleKey: z.string(), name: z.string(), affiliation: z.string().nullable() });

/** Ordered credits. A new article's form starts with an empty row for each of `startWith`. */
export function credits(options: { startWith: string[] }): RelationField<CreditInput[], CreditRow[]> {
  const toRows = (value: CreditInput[]): CreditRow[] =>
    value.map((credit) => ({ ...credit, affiliation: credit.affiliation ?? "" }));
  return {
    widget: "credits",
    store: {
      kind: "relation",
      read: z
        .array(
          z.object({ roleKey: z.string(), affiliation: z.string().nullable(), person: z.object({ name: z.string() }) }),
        )
        .transform((rows) =>
          rows.map((row) => ({ roleKey: row.roleKey, name: row.person.name, affiliation: row.affiliation })),
        ),
    },
    parse: (ctx) => z.string().optional().pipe(creditsJsonText(ctx).optional()),
    json: z.array(creditJson).default([]),
    toJson: (value) => value,
    toForm: toRows,
    initialForm: options.startWith.map((roleKey) => ({ roleKey, name: "", affiliation: "" })),
    posted: (form, name) => {
      try {
        const rows: unknown = JSON.parse(postedText(form, name) || "[]");
        return Array.isArray(rows) ? rows.filter(isCreditRow) : [];
      } catch {
        return [];
      }
    },
    diffText: (value) => value.map((credit) => `${credit.affiliation ?? ""}${credit.roleKey}:${credit.name}`).join(","),
    empty: [],
  };
}

function isCreditRow(row: unknown): row is CreditRow {
  if (typeof row !== "object" || row === null) return false;
  const { roleKey, name, affiliation } = row as Record<string, unknown>;
  return typeof roleKey === "string" && typeof name === "string" && typeof affiliation === "string";
}
