"use client";

import { useRouter } from "next/navigation";
import { ActionForm } from "@/components/admin/action-form";
import { retryJobAction } from "@/lib/actions/jobs/retry-job";
import type { ActionResult } from "@/lib/actions/result";

export function RetryJobButton({ name, id, label }: { name: string; id: string; label: string }) {
  const router = useRouter();
  const action = async (previous: ActionResult | null, form: FormData) => {
    const result = await retryJobAction(previous, form);
    if (result.ok) router.refresh();
    return result;
  };
  return <ActionForm action={action} fields={{ name, id }} label={label} />;
}
