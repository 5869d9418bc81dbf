"use client";

import { ActionForm } from "@/components/admin/action-form";
import { emptyTrashAction, restoreArticleAction } from "@/lib/actions/articles/trash";

export function RestoreButton({ id }: { id: number }) {
  return <ActionForm action={restoreArticleAction} fields={{ id }} label="恢复" />;
}

export function EmptyTrashButton() {
  return (
    <ActionForm
      action={emptyTrashAction}
      label="清空回收站"
      tone="danger"
      confirm="回收站中的文章将被永久删除,无法恢复。确定吗?"
    />
  );
}
