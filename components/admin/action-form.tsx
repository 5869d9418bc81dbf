"use client";

import { useActionState, type ReactNode } from "react";
import type { ActionResult } from "@/lib/actions/result";

interface Props<T> {
  action: (previous: ActionResult<T> | null, form: FormData) => Promise<ActionResult<T>>;
  /** Hidden fields sent with the button. */
  fields?: Record<string, string | number>;
  label: string;
  pendingLabel?: string;
  /** Asked before submitting (a native confirm dialog). */
  confirm?: string;
  tone?: "default" | "primary" | "danger";
  /** Extra inputs shown before the button (a time, a note). */
  children?: ReactNode;
  /** Shows the data an action returns (a generated password, a link). */
  renderData?: (data: T) => ReactNode;
  className?: string;
}

const TONES = {
  default: "border border-neutral-400 hover:bg-neutral-100 dark:hover:bg-neutral-800",
  primary: "bg-brand text-white hover:bg-red-800",
  danger: "border border-red-400 text-red-700 hover:bg-red-50 dark:hover:bg-red-950",
};

/** A small form around one server action, with its outcome shown beside the button. */
export function ActionForm<T>({
  action,
  fields = {},
  label,
  pendingLabel,
  confirm,
  tone = "default",
  children,
  renderData,
  className,
}: Props<T>) {
  const [state, dispatch, pending] = useActionState(action, null);
  return (
    <form
      action={dispatch}
      className={className ?? "flex flex-wrap items-center gap-2"}
      onSubmit={(event) => {
        if (confirm && !window.confirm(confirm)) event.preventDefault();
      }}
    >
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children}
      <button
        type="submit"
        disabled={pending}
        className={`rounded px-3 py-1.5 text-sm disabled:opacity-60 ${TONES[tone]}`}
      >
        {pending ? (pendingLabel ?? label) : label}
      </button>
      {state && (
        <span
          role={state.ok ? "status" : "alert"}
          className={`text-sm ${state.ok ? "text-green-700 dark:text-green-400" : "text-red-700 dark:text-red-400"}`}
        >
          {state.message}
          {state.ok && state.data !== undefined && renderData ? renderData(state.data) : null}
        </span>
      )}
    </form>
  );
}
