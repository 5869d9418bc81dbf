"use client";

import { ActionForm } from "@/components/admin/action-form";
import { workflowAction } from "@/lib/actions/articles/workflow";
import { featureAction, retractAction } from "@/lib/actions/articles/curation";
import { trashArticleAction } from "@/lib/actions/articles/trash";
import { previewLinkAction } from "@/lib/actions/articles/preview-link";
import type { WorkflowAction } from "@/lib/newsroom/workflow";

interface Props {
  id: number;
  version: number;
  /** Published and not retracted: it can be featured or retracted. */
  live: boolean;
  featured: boolean;
  retracted: boolean;
  /** Workflow steps this user may take from the current status. */
  actions: WorkflowAction[];
  canTrash: boolean;
}

const inputClass = "rounded border border-neutral-300 px-2 py-1.5 text-sm dark:border-neutral-700 dark:bg-neutral-900";

/** Decisions that need no editing: send back, unpublish, archive, trash, share a preview. */
export function WorkflowPanel({ id, version, live, featured, retracted, actions, canTrash }: Props) {
  const fields = (action: WorkflowAction) => ({ id, version, action });
  return (
    <div className="space-y-3">
      {actions.includes("sendBack") && (
        <ActionForm action={workflowAction} fields={fields("sendBack")} label="退回修改">
          <input
            name="note"
            aria-label="退回意见"
            placeholder="退回意见(作者会看到)"
            className={`${inputClass} w-72`}
          />
        </ActionForm>
      )}
      {actions.includes("unpublish") && (
        <ActionForm
          action={workflowAction}
          fields={fields("unpublish")}
          label="撤回发布"
          tone="danger"
          confirm="撤回后读者将无法访问本文。确定撤回吗?"
        />
      )}
      {live && (
        <ActionForm
          action={featureAction}
          fields={{ id, featured: String(!featured) }}
          label={featured ? "取消首页推荐" : "推荐到首页"}
        />
      )}
      {live && !retracted && (
        <ActionForm
          action={retractAction}
          fields={{ id }}
          label="撤稿"
          tone="danger"
          confirm="撤稿后原网址将返回 410 及撤稿说明,且无法撤销。确定吗?"
        >
          <input name="note" aria-label="撤稿说明" placeholder="撤稿说明(读者可见)" className={`${inputClass} w-72`} />
        </ActionForm>
      )}
      {retracted && <p className="text-sm text-red-700">本文已撤稿。</p>}
      {actions.includes("archive") && <ActionForm action={workflowAction} fields={fields("archive")} label="归档" />}
      {actions.includes("unarchive") && (
        <ActionForm action={workflowAction} fields={fields("unarchive")} label="取消归档" />
      )}
      {canTrash && (
        <ActionForm
          action={trashArticleAction}
          fields={{ id }}
          label="移入回收站"
          tone="danger"
          confirm="移入回收站后可由编辑恢复。确定吗?"
        />
      )}
      <ActionForm
        action={previewLinkAction}
        fields={{ id, hours: 48 }}
        label="生成预览链接"
        renderData={(url) => (
          <input
            readOnly
            value={url}
            aria-label="预览链接"
            onFocus={(event) => event.currentTarget.select()}
            className={`${inputClass} ml-2 w-[28rem]`}
          />
        )}
      />
    </div>
  );
}
