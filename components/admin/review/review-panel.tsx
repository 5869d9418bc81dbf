import { fill } from "@/lib/i18n/fill";
import { formatLocalDateTime } from "@/lib/newsroom/time";
import { ActionForm } from "@/components/admin/action-form";
import { overridePublishAction } from "@/lib/actions/review/override-publish";
import { reviewSendBackAction } from "@/lib/actions/review/send-back";
import { signStageAction } from "@/lib/actions/review/sign-stage";
import type { Actor } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { currentMessages } from "@/lib/i18n/server";
import { chainForEditor } from "@/lib/services/review/review-queries";
import { SignOffLine } from "./sign-off-line";

interface Props {
  articleId: number;
  version: number;
  user: Actor;
  /** The outcome of the last review action, from the address (?review=signed). */
  notice?: string;
}

interface NoteProps {
  name: string;
  label: string;
  placeholder: string;
  required?: boolean;
}

/** The note that goes with a sign-off, a send-back or an override. */
function NoteInput({ name, label, placeholder, required }: NoteProps) {
  return (
    <input
      name={name}
      required={required}
      aria-label={label}
      placeholder={placeholder}
      className="w-72 rounded border border-neutral-300 px-2 py-1.5 text-sm dark:border-neutral-700 dark:bg-neutral-900"
    />
  );
}

/** The article's review chain: each stage and who signed which revision, and the buttons for its signers. */
export async function ReviewPanel({ articleId, version, user, notice }: Props) {
  const [chain, messages] = await Promise.all([
    chainForEditor(await getDb(), user, articleId),
    currentMessages({ fresh: true }),
  ]);
  const m = messages.review.panel;
  const { settings, next } = chain;
  const gated = settings.stagesRequired > 0;
  return (
    <section id="review-chain" aria-labelledby="review-chain-heading" className="space-y-2" data-testid="review-chain">
      <h2 id="review-chain-heading" className="font-bold">
        {m.heading}
      </h2>
      {notice && m.notices[notice] && (
        <p role="status" className="text-green-700 dark:text-green-400">
          {m.notices[notice]}
        </p>
      )}
      <p>{gated ? fill(m.required, { count: settings.stagesRequired }) : m.notRequired}</p>
      {gated && (
        <p
          data-testid="review-state"
          className={chain.complete ? "text-green-700 dark:text-green-400" : "text-amber-800 dark:text-amber-300"}
        >
          {chain.misconfigured && !chain.override ? m.misconfigured : chain.complete ? m.complete : m.incomplete}
        </p>
      )}
      <ol className="space-y-1">
        {chain.steps.map((step) => (
          <li
            key={step.stage.id}
            data-testid="review-stage"
            className="rounded border border-neutral-200 p-2 dark:border-neutral-800"
          >
            <span className="font-medium">{step.stage.name}</span>{" "}
            <span className="text-neutral-500">({step.required ? m.requiredStage : m.optionalStage})</span>
            <div>
              {step.signOff ? (
                <SignOffLine articleId={articleId} signOff={step.signOff} />
              ) : (
                <span className="text-neutral-500">{m.waiting}</span>
              )}
            </div>
          </li>
        ))}
      </ol>
      {chain.override && (
        <p data-testid="review-override">
          {fill(m.overrideBy, {
            name: chain.override.user?.name ?? m.someone,
            time: formatLocalDateTime(chain.override.createdAt, env.timeZone),
          })}
          {chain.override.note ? `:${chain.override.note}` : ""}
        </p>
      )}
      {chain.canSign && next && (
        <ActionForm
          action={signStageAction}
          fields={{ id: articleId, stageId: next.id, contentHash: chain.hash }}
          label={fill(m.sign, { stage: next.name })}
          tone="primary"
        >
          <NoteInput name="note" label={m.signNote} placeholder={m.signNote} />
        </ActionForm>
      )}
      {chain.canSendBack && (
        <ActionForm action={reviewSendBackAction} fields={{ id: articleId }} label={m.sendBack}>
          <NoteInput name="note" required label={m.sendBackNote} placeholder={m.sendBackPlaceholder} />
        </ActionForm>
      )}
      {chain.canOverride && (
        <ActionForm
          action={overridePublishAction}
          fields={{ id: articleId, version }}
          label={m.override}
          tone="danger"
          confirm={m.confirmOverride}
        >
          <NoteInput name="reason" required label={m.overrideReason} placeholder={m.overridePlaceholder} />
        </ActionForm>
      )}
      <details>
        <summary className="cursor-pointer">{m.history}</summary>
        {chain.history.length === 0 ? (
          <p className="text-neutral-500">{m.noHistory}</p>
        ) : (
          <ul className="space-y-1 pt-1" data-testid="review-history">
            {chain.history.map((signOff) => (
              <li key={signOff.id}>
                <span className="font-medium">{signOff.override ? m.overrideStage : signOff.stageName}</span>{" "}
                <SignOffLine articleId={articleId} signOff={signOff} />
                {signOff.invalidatedAt && signOff.invalidatedReason && (
                  <span className="text-neutral-500"> · {m.invalidated[signOff.invalidatedReason]}</span>
                )}
              </li>
            ))}
          </ul>
        )}
      </details>
    </section>
  );
}
