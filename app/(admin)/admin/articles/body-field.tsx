"use client";

import { useState } from "react";
import { RichEditor } from "@/components/admin/rich-editor";
import { useAdminMessages } from "@/components/admin/admin-messages";
import { bodyFromField } from "./body-format";

interface Props {
  label: string;
  /** The document as the form's hidden field holds it (JSON). */
  value: string;
  errors?: string[];
  onChange: () => void;
}

export function BodyField({ label, value, errors, onChange }: Props) {
  const ui = useAdminMessages();
  const [initial] = useState(() => bodyFromField(value));
  // A refused body comes back as posted; the editor shows what it can of it and posts it unchanged until edited.
  const [posted] = useState(() => (errors?.length && value.trim() !== "" ? value : undefined));
  return (
    <div>
      <p id="article-body-label" className="text-sm font-medium">
        {label}
      </p>
      <div
        className="mt-1 rounded border border-neutral-300 bg-white dark:border-neutral-700 dark:bg-neutral-900"
        aria-invalid={!!errors}
      >
        <RichEditor name="body" initial={initial} initialPosted={posted} labels={ui.richEditor} onChange={onChange} />
      </div>
      {errors?.length ? <p className="mt-1 text-sm text-red-700 dark:text-red-400">{errors.join(" ")}</p> : null}
    </div>
  );
}
