"use client";

import { ActionForm } from "@/components/admin/action-form";
import type { Messages } from "@/lib/i18n";
import { emptyTrashAction, restoreArticleAction } from "@/lib/actions/articles/trash";

export function RestoreButton({ id, label }: { id: number; label: string }) {
  return <ActionForm action={restoreArticleAction} fields={{ id }} label={label} />;
}

export function EmptyTrashButton({ labels }: { labels: Messages["admin"]["trash"] }) {
  return <ActionForm action={emptyTrashAction} label={labels.emptyTrash} tone="danger" confirm={labels.confirmEmpty} />;
}
