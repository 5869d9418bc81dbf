import type { ReactNode } from "react";

interface Props {
  id: string;
  label: string;
  hint?: string;
  errors?: string[];
  className?: string;
  /** The control; give it `id`, and `aria-describedby={describedBy(id, hint, errors)}`. */
  children: ReactNode;
}

/** Ids of the hint and error texts that describe a control (not part of its name). */
export function describedBy(id: string, hint?: string, errors?: string[]): string | undefined {
  const ids = [hint ? `${id}-hint` : "", errors?.length ? `${id}-error` : ""].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

export function Field({ id, label, hint, errors, className, children }: Props) {
  return (
    <div className={className}>
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      {children}
      {hint && (
        <span id={`${id}-hint`} className="mt-1 block text-xs text-neutral-500">
          {hint}
        </span>
      )}
      {errors?.length ? (
        <span id={`${id}-error`} className="mt-1 block text-sm text-red-700 dark:text-red-400">
          {errors.join(" ")}
        </span>
      ) : null}
    </div>
  );
}
