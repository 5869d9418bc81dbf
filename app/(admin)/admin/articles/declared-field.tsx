// The declared fields of the article form that need no component of their own, drawn group by group
// from the declaration (lib/validations/article-fields.ts): a new field of a known kind appears here
// without a change to the editor.
import { describedBy, Field } from "@/components/admin/field";
import type { ArticleFieldMessages, FieldWords } from "@/lib/i18n/messages/article-fields";
import { FIELD_ENTRIES } from "@/lib/validations/article-content";
import type { Widget } from "@/lib/validations/article-field-kinds";
import { ARTICLE_FIELD_GROUPS, type ArticleFieldGroup } from "@/lib/validations/article-fields";
import type { ArticleFormValues } from "@/lib/validations/article-form-values";
import type { FieldErrors } from "@/lib/services/errors";

export const fieldClass =
  "mt-1 block w-full rounded border border-neutral-300 px-3 py-2 dark:border-neutral-700 dark:bg-neutral-900";

/** The input id of a field: article-source-url for sourceUrl. */
const fieldId = (name: string) => `article-${name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;

interface FieldProps {
  name: string;
  widget: Widget;
  words: FieldWords;
  value: string;
  errors?: string[];
  sections: Array<{ id: number; name: string }>;
}

function DeclaredField({ name, widget, words, value, errors, sections }: FieldProps) {
  const id = fieldId(name);
  const common = {
    id,
    name,
    defaultValue: value,
    className: `${fieldClass}${widget === "headline" ? " text-lg font-semibold" : ""}`,
    "aria-invalid": errors?.length ? true : undefined,
    "aria-describedby": describedBy(id, words.hint, errors),
  };
  return (
    <Field id={id} label={words.label} hint={words.hint} errors={errors}>
      {widget === "lines" ? (
        <textarea {...common} rows={2} placeholder={words.placeholder} />
      ) : widget === "section" ? (
        <select {...common}>
          <option value="">{words.placeholder}</option>
          {sections.map((section) => (
            <option key={section.id} value={section.id}>
              {section.name}
            </option>
          ))}
        </select>
      ) : widget === "flag" ? (
        // The hidden "false" goes first: an unticked box posts only it, a ticked one overrides it.
        <span className="mt-1 block">
          <input type="hidden" name={name} value="false" />
          <input
            id={id}
            name={name}
            type="checkbox"
            value="true"
            defaultChecked={value === "true"}
            aria-invalid={common["aria-invalid"]}
            aria-describedby={common["aria-describedby"]}
            className="h-4 w-4"
          />
        </span>
      ) : (
        <input {...common} type={widget === "url" ? "url" : "text"} placeholder={words.placeholder} />
      )}
    </Field>
  );
}

interface GroupProps {
  group: ArticleFieldGroup;
  values: ArticleFormValues;
  errors: FieldErrors;
  words: ArticleFieldMessages;
  sections: Array<{ id: number; name: string }>;
}

export function FieldGroup({ group, values, errors, words, sections }: GroupProps) {
  const legends: Partial<Record<ArticleFieldGroup, FieldWords>> = words.groups;
  const legend = legends[group];
  const fields = (
    <div className={ARTICLE_FIELD_GROUPS[group].columns === 2 ? "grid gap-4 md:grid-cols-2" : "space-y-6"}>
      {FIELD_ENTRIES.filter(([, field]) => field.group === group).map(([name, field]) => {
        const shown = values[name];
        return (
          <DeclaredField
            key={name}
            name={name}
            widget={field.widget}
            words={words.fields[name]}
            value={typeof shown === "string" ? shown : ""}
            errors={errors[name]}
            sections={sections}
          />
        );
      })}
    </div>
  );
  if (!legend) return fields;
  return (
    <fieldset>
      <legend className="text-sm font-medium">{legend.label}</legend>
      {legend.hint && <p className="mt-1 text-xs text-neutral-500">{legend.hint}</p>}
      <div className="mt-2">{fields}</div>
    </fieldset>
  );
}
