"use client";

import { useRef, useState, useTransition } from "react";
import { checkWordsAction } from "@/lib/actions/articles/check-words";
import type { Messages } from "@/lib/i18n";
import { fill } from "@/lib/i18n/fill";
import type { TextPlace } from "@/lib/newsroom/sensitive-words/matcher";
import type { EditorChecks } from "@/lib/services/sensitive-words/editor-checks";

interface Props {
  /** The stored article's checks, from the page; null for a new article. */
  initial: EditorChecks | null;
  labels: Messages["words"]["editor"];
  /** The warn-level hits a refused submit, schedule or publish named: the box must be ticked. */
  refused?: string[];
}

const placeLabel = (labels: Props["labels"], place: TextPlace) =>
  fill(labels.places[place.field], "n" in place ? { n: place.n } : {});

/**
 * Hits of the sensitive-word list, each in place with its suggestion, and the acknowledgement that
 * warn-level hits need; "check" reads the form as it is, so hits show before anything is saved.
 */
export function WordChecks({ initial, labels, refused }: Props) {
  const [checks, setChecks] = useState(initial);
  const [checking, startChecking] = useTransition();
  const button = useRef<HTMLButtonElement>(null);
  const recheck = () => {
    const form = button.current?.form;
    if (!form) return;
    startChecking(async () => {
      const result = await checkWordsAction(null, new FormData(form));
      if (result.ok && result.data) setChecks(result.data);
    });
  };
  const hits = checks?.hits ?? [];
  const blocking = hits.some((hit) => hit.level === "BLOCK");
  const warnings = hits.some((hit) => hit.level === "WARN") || (refused?.length ?? 0) > 0;

  return (
    <section
      aria-labelledby="word-checks-heading"
      data-testid="word-checks"
      className="space-y-2 rounded border border-neutral-300 p-3 text-sm dark:border-neutral-700"
    >
      <div className="flex flex-wrap items-center gap-3">
        <h2 id="word-checks-heading" className="font-bold">
          {labels.heading}
        </h2>
        <button
          ref={button}
          type="button"
          onClick={recheck}
          disabled={checking}
          className="rounded border border-neutral-400 px-2 py-1 hover:bg-neutral-100 disabled:opacity-60 dark:hover:bg-neutral-800"
        >
          {checking ? labels.checking : labels.recheck}
        </button>
      </div>
      {checks?.sourceNotAllowed && (
        <p data-testid="source-warning" className="text-amber-800 dark:text-amber-200">
          {fill(labels.sourceNotAllowed, { source: checks.sourceNotAllowed })}
        </p>
      )}
      {checks === null ? (
        <p className="text-neutral-500">{labels.notChecked}</p>
      ) : hits.length === 0 ? (
        <p className="text-neutral-500">{labels.none}</p>
      ) : (
        <ul className="space-y-1" aria-label={labels.heading}>
          {hits.map((hit) => (
            <li key={`${hit.phraseId}-${hit.place.field}-${"n" in hit.place ? hit.place.n : 0}-${hit.start}`}>
              <span
                className={`mr-2 rounded px-1.5 py-0.5 text-xs font-medium ${hit.level === "BLOCK" ? "bg-red-700 text-white" : "bg-amber-200 text-amber-950"}`}
              >
                {hit.level === "BLOCK" ? labels.blocking : labels.warning}
              </span>
              <strong>“{hit.phrase}”</strong> · {placeLabel(labels, hit.place)}:{hit.excerpt.before}
              <mark>{hit.excerpt.match}</mark>
              {hit.excerpt.after}
              {hit.replacement && (
                <span className="ml-2">{fill(labels.suggestion, { replacement: hit.replacement })}</span>
              )}
              {hit.note && <span className="ml-2 text-neutral-500">({hit.note})</span>}
            </li>
          ))}
        </ul>
      )}
      {blocking && <p className="text-red-700 dark:text-red-400">{labels.blockingHint}</p>}
      {warnings && (
        <div>
          <label className="flex items-center gap-2">
            <input type="checkbox" name="acknowledgeWarnings" aria-invalid={!!refused?.length} />
            {labels.acknowledge}
          </label>
          {refused?.length ? (
            <p className="text-red-700 dark:text-red-400">
              {labels.acknowledgeRequired}:{refused.join("、")}
            </p>
          ) : null}
        </div>
      )}
    </section>
  );
}
