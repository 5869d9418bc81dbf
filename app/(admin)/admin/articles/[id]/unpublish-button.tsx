"use client";

import { useActionState } from "react";
import { unpublishArticleAction, type UnpublishState } from "../actions";

export function UnpublishButton({ id, label }: { id: number; label: string }) {
  const [state, action, pending] = useActionState<UnpublishState, FormData>(unpublishArticleAction, {});
  return (
    <form action={action} className="flex items-center gap-3">
      <input type="hidden" name="id" value={id} />
      <button
        type="submit"
        disabled={pending}
        className="rounded border border-red-400 px-3 py-1.5 text-sm text-red-700 hover:bg-red-50 disabled:opacity-60 dark:hover:bg-red-950"
      >
        {label}
      </button>
      {state.message && (
        <span role="alert" className="text-sm text-red-700">
          {state.message}
        </span>
      )}
    </form>
  );
}
