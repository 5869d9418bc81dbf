"use client";

import { describedBy, Field } from "@/components/admin/field";

interface Props {
  /** The document as JSON, or plain text. */
  value: string;
  errors?: string[];
  onChange: () => void;
}

const HINT = "每行一段;以“## ”开头的行为小标题。";

/** The body: plain text for now, one paragraph per line. */
export function BodyField({ value, errors, onChange }: Props) {
  return (
    <Field id="article-body" label="正文" hint={HINT} errors={errors}>
      <input type="hidden" name="bodyFormat" value="text" />
      <textarea
        id="article-body"
        name="body"
        defaultValue={value}
        onChange={onChange}
        rows={20}
        className="mt-1 block w-full rounded border border-neutral-300 px-3 py-2 font-serif leading-relaxed dark:border-neutral-700 dark:bg-neutral-900"
        aria-invalid={!!errors}
        aria-describedby={describedBy("article-body", HINT, errors)}
      />
    </Field>
  );
}
